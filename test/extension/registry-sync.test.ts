/**
 * Registry sync, end to end: the extension refreshes from the (test) Worker with If-None-Match,
 * takes a newer validly signed registry, and refuses a tampered, wrongly signed, older, expired,
 * malformed or oversized one, keeping what it holds. Once what it holds expires, official sites
 * are no longer called official: the badge and the popup say the registry is out of date.
 */
import { utils } from '@noble/ed25519'
import { hexToBytes } from '@noble/hashes/utils.js'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryEnvelope, type Signed } from '../../registry/schema'
import { KeyFile } from '../../registry/tools/signing-key'
import { signRegistry } from '../../src/core/registry'
import type { SyncStatus } from '../../extension/src/lib/sync-status'
import { badgeOf, expectWarning, openPopup, SNAPSHOT, startExtension, visit, type Harness } from './harness'

/** The development key signs the snapshot in a dev build, and the test build pins it. */
const DEV_KEY = hexToBytes(KeyFile.parse(JSON.parse(readFileSync('.genuine/dev-key.json', 'utf8'))).private)
const base = RegistryEnvelope.parse(JSON.parse(SNAPSHOT)).signed
const OFFICIAL = base.projects.find((p) => p.id === 'tokenpocket')!.channels.find((c) => c.type === 'website')!.value
const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

async function signed(changes: Partial<Signed>, key = DEV_KEY): Promise<string> {
  return JSON.stringify(await signRegistry({ ...base, ...changes }, key))
}

let h: Harness
let extensionPage: Page
beforeAll(async () => {
  h = await startExtension()
  extensionPage = await h.context.newPage()
  await extensionPage.goto(`chrome-extension://${h.extensionId}/popup.html`)
})
afterAll(() => h?.close())

function serve(body: string, etag: string): void {
  h.server.served = { body, etag }
}

/** What the popup's "update now" does: a refresh, answered with the new sync status. */
const refresh = (): Promise<SyncStatus> =>
  extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }))

describe('registry sync', () => {
  it('checks the Worker on install', async () => {
    await expect
      .poll(() => h.sw.evaluate(async () => (await chrome.storage.local.get('sync')).sync))
      .toMatchObject({ outcome: 'unchanged', version: base.version })
    expect(h.server.registryRequests.length).toBeGreaterThanOrEqual(1)
  })

  it('takes a newer registry signed by a pinned key, then asks with If-None-Match', async () => {
    serve(await signed({ version: base.version + 1 }), '"v2"')
    expect(await refresh()).toMatchObject({ outcome: 'updated', version: base.version + 1 })
    expect(await refresh()).toMatchObject({ outcome: 'unchanged', version: base.version + 1 })
    expect(h.server.registryRequests.at(-1)).toBe('"v2"')
  })

  const EVIL = 'tokenpocket-wallet-login.com'
  const withEvilOfficial = (): Partial<Signed> => ({
    version: base.version + 2,
    projects: base.projects.map((p) =>
      p.id === 'tokenpocket'
        ? { ...p, channels: [...p.channels, { type: 'website', value: EVIL, role: 'support', status: 'active', sources: [{ url: 'https://example.com/', publisher: 'first_party', retrieved_at: '2026-12-02' }], verified_at: '2026-12-02' }] }
        : p,
    ),
  })

  it.each([
    [
      'tampered after signing',
      'bad_signature',
      async () => {
        const envelope = JSON.parse(await signed({ version: base.version + 2 }))
        envelope.signed = { ...envelope.signed, ...withEvilOfficial() }
        return JSON.stringify(envelope)
      },
    ],
    ['signed by another key', 'unknown_key', () => signed(withEvilOfficial(), utils.randomSecretKey())],
    ['older than the one held', 'rollback', () => signed({ version: base.version })],
    [
      'expired',
      'expired',
      () => signed({ version: base.version + 2, issued_at: iso(Date.now() - 40 * DAY), expires: iso(Date.now() - DAY) }),
    ],
    ['not a registry', 'malformed', async () => JSON.stringify({ signed: { version: 99 }, signatures: [] })],
    ['not JSON', 'malformed', async () => '<html>maintenance</html>'],
    ['oversized', 'too_large', async () => ' '.repeat(6_000_000)],
  ])('refuses a registry %s (%s) and keeps its own', async (_, code, make) => {
    serve(await make(), `"${code}-${Math.random()}"`)
    expect(await refresh()).toMatchObject({ outcome: 'refused', code, version: base.version + 1 })
  })

  it('never trusted what it refused', async () => {
    const page = await h.context.newPage()
    await visit(page, `http://${EVIL}/`)
    await expectWarning(page)
    expect((await badgeOf(h, page)).text).not.toBe('✓')
    await page.close()
  })

  it('says "out of date" instead of "official" once the registry it holds expires', async () => {
    const expiresAt = Date.now() + 4_000
    serve(await signed({ version: base.version + 3, expires: iso(expiresAt) }), '"short"')
    expect(await refresh()).toMatchObject({ outcome: 'updated', version: base.version + 3 })
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt + 1_000 - Date.now())))
    const page = await h.context.newPage()
    await visit(page, `http://${OFFICIAL}/`)
    await expect.poll(async () => (await badgeOf(h, page)).text).toBe('?')
    const popup = await openPopup(h)
    await popup.waitForSelector('.site.stale')
    expect(await popup.locator('footer .stale').count()).toBe(1)
    await popup.close()
    await page.close()
  })
})
