/**
 * The readable API page at `/api`, rendered on the server from the same OpenAPI document as
 * `/api/v1/openapi.json`. Hand-written because the usual viewers (Swagger UI, Scalar, Redoc) load
 * scripts and fonts from third parties, which the page's CSP forbids.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { Context } from 'hono'
import { html, raw } from 'hono/html'
import type { Env } from '../env'
import api from './index'

type Doc = ReturnType<typeof api.getOpenAPI31Document>
type Operation = NonNullable<NonNullable<Doc['paths']>[string]['get']>

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1a1a1a}
code,pre{font:14px ui-monospace,monospace}pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:24rem}
section{border-top:1px solid #ddd;padding:.5rem 0}.m{font-weight:700;text-transform:uppercase;margin-right:.5rem}`
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${toBase64(sha256(utf8ToBytes(STYLE)))}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
const pretty = (value: unknown) => JSON.stringify(value, null, 2)

function operation(path: string, method: string, op: Operation) {
  const body = op.requestBody && 'content' in op.requestBody ? op.requestBody.content : undefined
  return html`<section>
    <h3><span class="m">${method}</span><code>/api/v1${path}</code></h3>
    <p>${op.summary ?? ''}</p>
    ${op.description ? html`<p>${op.description}</p>` : ''}
    ${op.security?.length ? html`<p>Needs a moderator token: <code>Authorization: Bearer …</code></p>` : ''}
    ${op.parameters?.length ? html`<details><summary>Parameters</summary><pre>${pretty(op.parameters)}</pre></details>` : ''}
    ${body ? html`<details><summary>Request body</summary><pre>${pretty(body)}</pre></details>` : ''}
    <details>
      <summary>Responses: ${Object.keys(op.responses ?? {}).join(', ')}</summary>
      <pre>${pretty(op.responses)}</pre>
    </details>
  </section>`
}

/** GET /api */
export function docsPage(c: Context<Env>) {
  const doc = api.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Genuine API', version: '1' } })
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item[m] ? [operation(path, m, item[m] as Operation)] : [])),
  )
  c.header('Content-Security-Policy', CSP)
  c.header('X-Content-Type-Options', 'nosniff')
  return c.html(html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Genuine API</title>
        <style>${raw(STYLE)}</style>
      </head>
      <body>
        <h1>Genuine API</h1>
        <p>
          JSON over HTTPS under <code>/api/v1</code>. The machine-readable description is
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Errors are always
          <code>{"error": {"code", "message"}}</code> with a stable <code>code</code>.
        </p>
        ${ops}
        ${doc.components?.schemas ? html`<h2>Schemas</h2><pre>${pretty(doc.components.schemas)}</pre>` : ''}
      </body>
    </html>`)
}
