/** Build-time settings (see build.mjs): esbuild replaces these names with literals. */
declare const GENUINE_REGISTRY_URL: string

/**
 * The Worker's registry endpoint, from `GENUINE_WORKER_URL` at build time. The manifest's only
 * host permission is this origin, so the extension can fetch nothing else.
 */
export const REGISTRY_URL: string = GENUINE_REGISTRY_URL

/** The lookup page (the same Worker): where the popup and the warning page send a person on. */
export const PAGE_ORIGIN: string = new URL(REGISTRY_URL).origin

/** How often the registry is refreshed: often enough for new scams, rare enough to cost nothing. */
export const REFRESH_MINUTES = 6 * 60

/** A registry larger than this is refused unread: the real one is a few hundred kilobytes. */
export const MAX_REGISTRY_BYTES = 5_000_000
