/**
 * Where the local build puts the signed registry, and what the CLI says of a registry that signs
 * facts past their recheck date. Apart from registry.ts so a check loads neither the registry
 * tools nor zod.
 */

/** Where builds go; every edge reads the signed registry from here. */
export const DIST = '.genuine/dist'

export const dueNotice = (due: number): string =>
  `genuine: WARNING: ${due} fact${due > 1 ? 's are' : ' is'} past its recheck_by date and ` +
  'signed anyway (--allow-due): this registry is for local development only, never a release; ' +
  'run `genuine registry audit` to see them\n'
