/**
 * The page's script, stylesheet and icon, built by `scripts/build-page.mjs` into a plain TS module so
 * any bundler (wrangler, vitest-pool-workers) takes them without an asset pipeline. Their URLs
 * carry the content hash: browsers may cache them forever, and a new build is a new URL.
 */
import type { Context } from 'hono'
import {
  PAGE_CSS,
  PAGE_CSS_SHA256,
  PAGE_ICON,
  PAGE_ICON_SHA256,
  PAGE_JS,
  PAGE_JS_SHA256,
} from '../../../.genuine/dist/page-assets'

export const ASSET_PATHS = {
  js: `/assets/page.js?v=${PAGE_JS_SHA256.slice(0, 16)}`,
  css: `/assets/page.css?v=${PAGE_CSS_SHA256.slice(0, 16)}`,
  icon: `/assets/icon.svg?v=${PAGE_ICON_SHA256.slice(0, 16)}`,
}

const ASSETS = {
  'page.js': { body: PAGE_JS, sha256: PAGE_JS_SHA256, type: 'text/javascript; charset=utf-8' },
  'page.css': { body: PAGE_CSS, sha256: PAGE_CSS_SHA256, type: 'text/css; charset=utf-8' },
  'icon.svg': { body: PAGE_ICON, sha256: PAGE_ICON_SHA256, type: 'image/svg+xml' },
}

/** Serves one asset with a strong ETag (its SHA-256) and a 304 when the browser has it. */
export function serveAsset(c: Context, name: string) {
  // Own names only: `__proto__` or `constructor` must not reach Object.prototype.
  if (!Object.hasOwn(ASSETS, name)) return c.notFound()
  const asset = ASSETS[name as keyof typeof ASSETS]
  const etag = `"${asset.sha256}"`
  const headers = {
    ETag: etag,
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  }
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers)
  return c.body(asset.body, 200, { ...headers, 'Content-Type': asset.type })
}
