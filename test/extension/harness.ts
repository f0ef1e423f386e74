/**
 * The extension under test: built from source into a temp folder with a test Worker URL, loaded
 * unpacked into real headless Chromium, with every host name mapped to one local server that
 * plays both the Worker (`/api/v1/registry`) and any website the test visits.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type RequestListener, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page, Worker } from 'playwright-core'
import { expect } from 'vitest'
import { launchWithExtension } from '../browser/chromium'

/** The Worker host the test build fetches its registry from (mapped to the local server). */
export const WORKER_HOST = 'registry.genuine.test'

/** What the fake Worker serves; tests swap it to offer good and bad registries. */
export interface Served {
  body: string
  etag: string
}

export interface TestServer {
  port: number
  served: Served
  /** If-None-Match of each registry request, in order ('' when absent). */
  registryRequests: string[]
  /** Hosts whose page script ran: a page that rendered. */
  rendered: string[]
  /** Pages served instead of the small default one, by host and path ('news.example/a'). */
  pages: Map<string, string>
  /** Answers an HTTPS twin of this server (see startExtension's `https`). */
  handler: RequestListener
  close(): Promise<void>
}

/**
 * Every site is the same small page: a text field, a text area and an editable div, with the
 * page's own listeners recording what they see, as a phishing page would.
 */
const SITE = (host: string) => `<!doctype html><meta charset="utf-8"><title>${host}</title>
<h1>${host}</h1><input id="field" autocomplete="off"><textarea id="area"></textarea>
<div id="edit" contenteditable="true" style="min-height:2em;border:1px solid"></div>
<script>
  window.seen = []
  for (const type of ['paste', 'input', 'drop', 'keydown'])
    document.addEventListener(type, (e) => seen.push({ type, value: e.target.value ?? e.target.textContent,
      data: (e.clipboardData || e.dataTransfer)?.getData('text/plain') ?? null }))
  fetch('/rendered')
</script>`

const SITE_LATENCY_MS = 250

export async function startServer(registryText: string): Promise<TestServer> {
  const state = {
    served: { body: registryText, etag: '"initial"' },
    registryRequests: [] as string[],
    rendered: [] as string[],
    pages: new Map<string, string>(),
  }
  const handler: RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    if (host === WORKER_HOST && req.url === '/api/v1/registry') {
      const inm = req.headers['if-none-match'] ?? ''
      state.registryRequests.push(inm)
      if (inm === state.served.etag) return res.writeHead(304, { etag: state.served.etag }).end()
      return res
        .writeHead(200, { 'content-type': 'application/json', etag: state.served.etag })
        .end(state.served.body)
    }
    if (req.url === '/rendered') {
      state.rendered.push(host)
      return res.writeHead(204).end()
    }
    if (req.url === '/favicon.ico') return res.writeHead(404).end()
    const page = state.pages.get(host + req.url)
    if (page !== undefined) {
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
    }
    // A real site is a DNS lookup and a TLS handshake away; a loopback answer in microseconds
    // would race the extension's check in a way no real page can.
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SITE(host)), SITE_LATENCY_MS)
  }
  const server: Server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return Object.assign(state, {
    port,
    handler,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}

export interface Harness {
  context: BrowserContext
  /** The extension's service worker, for reading badges and storage. */
  sw: Worker
  extensionId: string
  server: TestServer
  close(): Promise<void>
}

const ROOT = process.cwd()
export const SNAPSHOT = readFileSync(join(ROOT, '.genuine/dist/registry.json'), 'utf8')

/** Builds the extension for the test Worker into a fresh folder; returns the folder. */
export function buildExtension(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'genuine-extension-'))
  execFileSync(
    process.execPath,
    ['extension/build.mjs', '--worker-url', `http://${WORKER_HOST}`, '--outdir', outdir],
    { cwd: ROOT, stdio: 'pipe' },
  )
  return outdir
}

/**
 * An HTTPS server answering as `server` does, with a self-signed certificate made for the run:
 * for sites Chromium only ever opens over HTTPS (bing.com is HSTS-preloaded).
 */
async function startHttpsTwin(server: TestServer): Promise<{ port: number; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'genuine-tls-'))
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=genuine-test'], { stdio: 'pipe' })
  const tls = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, server.handler)
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve))
  return {
    port: (tls.address() as { port: number }).port,
    close: () => new Promise<void>((resolve) => tls.close(() => resolve())),
  }
}

/**
 * Builds the extension for the test Worker and starts Chromium with it. `https`: port 443 of
 * every name goes to an HTTPS twin of the server, whose certificate Chromium is told to accept.
 */
export async function startExtension(args: string[] = [], opts: { https?: boolean } = {}): Promise<Harness> {
  const server = await startServer(SNAPSHOT)
  const twin = opts.https ? await startHttpsTwin(server) : null
  const outdir = buildExtension()
  const context = await launchWithExtension(outdir, [
    twin
      ? `--host-resolver-rules=MAP *:443 127.0.0.1:${twin.port}, MAP * 127.0.0.1:${server.port}`
      : `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
    ...(twin ? ['--ignore-certificate-errors'] : []),
    // The mapped names answer plain HTTP only: no HTTPS upgrade attempts (and their timeouts).
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ...args,
  ])
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const extensionId = new URL(sw.url()).host
  // Ready once its first registry check (on install) is recorded: its listeners are in place.
  await sw.evaluate(async () => {
    while (!(await chrome.storage.local.get('sync')).sync) await new Promise((r) => setTimeout(r, 50))
  })
  return {
    context,
    sw,
    extensionId,
    server,
    close: async () => {
      await context.close()
      await server.close()
      await twin?.close()
    },
  }
}

/** Opens `url` the way a person does; a navigation the extension replaces rejects, hence catch. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url).catch(() => {})
}

/** Waits for the extension's warning page to stand in for the site, and to be drawn. */
export async function expectWarning(page: Page): Promise<void> {
  await expect.poll(() => page.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/warning\.html/)
  await page.waitForSelector('main h1')
}

/** The badge text and colour of the tab showing `page`, read in the service worker. */
export async function badgeOf(h: Harness, page: Page): Promise<{ text: string; color: number[] }> {
  await page.bringToFront()
  return h.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true })
    const tabId = tab!.id!
    return {
      text: await chrome.action.getBadgeText({ tabId }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId }),
    }
  })
}

/** The extension's popup, opened in its own small window beside the tab it describes. */
export async function openPopup(h: Harness): Promise<Page> {
  const opened = h.context.waitForEvent('page')
  await h.sw.evaluate(() =>
    chrome.windows.create({ url: chrome.runtime.getURL('popup.html'), type: 'popup', width: 420, height: 640 }),
  )
  const popup = await opened
  await popup.waitForLoadState()
  return popup
}

/**
 * Pastes `text` into the popup's box: the input event a paste fires (the popup window's
 * clipboard is not the test's to use).
 */
export async function pasteIntoPopup(popup: Page, text: string): Promise<void> {
  await popup.evaluate((text) => {
    const box = document.querySelector('textarea')!
    box.value = text
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }))
  }, text)
}
