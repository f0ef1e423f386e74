/** `buildRegistry`: the committed sources become one signed file, its pinned keys and a module. */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildRegistry, VALIDITY_DAYS } from '../../registry/tools/build'
import { loadSigningKey, newKeyFile } from '../../registry/tools/signing-key'
import { envelopeJson, parseTrustedKeys, verifyRegistry } from '../../src/core/registry'

const tmp = mkdtempSync(join(tmpdir(), 'genuine-build-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const NOW = new Date('2026-05-01T12:00:00Z')
const release = JSON.parse(readFileSync('registry/release.json', 'utf8'))

describe('buildRegistry with the development key', async () => {
  const devKeyPath = join(tmp, 'dev', 'dev-key.json')
  const key = await loadSigningKey({ env: {}, devKeyPath })
  const outDir = join(tmp, 'dist')
  const result = await buildRegistry({ srcDir: 'registry', outDir, key, now: NOW })
  const served = readFileSync(join(outDir, 'registry.json'), 'utf8')
  const keys = parseTrustedKeys(JSON.parse(readFileSync(join(outDir, 'trusted-keys.json'), 'utf8')))

  it('creates the dev key on first use, readable by its owner only', () => {
    expect(key.devKeyPath).toBe(devKeyPath)
    expect(statSync(devKeyPath).mode & 0o777).toBe(0o600)
  })

  it('writes an envelope that verifies against the written pinned keys', async () => {
    expect(keys.map((k) => k.keyid)).toContain(key.trusted.keyid)
    const check = await verifyRegistry(JSON.parse(served), { keys, now: NOW })
    expect(check).toMatchObject({ ok: true, keyid: key.trusted.keyid })
  })

  it('sets version from release.json and a validity of VALIDITY_DAYS', () => {
    const { signed } = result.envelope
    expect(signed.version).toBe(release.version)
    expect(signed.issued_at).toBe('2026-05-01T12:00:00Z')
    const days = (Date.parse(signed.expires) - Date.parse(signed.issued_at)) / 86_400_000
    expect(days).toBe(VALIDITY_DAYS)
  })

  it('drops research notes and sorts projects by id', () => {
    expect(served).not.toContain('"notes"')
    const ids = result.envelope.signed.projects.map((p) => p.id)
    expect(ids).toEqual([...ids].sort())
  })

  it('embeds the exact served bytes and the pinned keys in registry-module.ts', async () => {
    const module = await import(pathToFileURL(join(outDir, 'registry-module.ts')).href)
    expect(module.REGISTRY_JSON).toBe(served)
    expect(module.TRUSTED_KEYS).toEqual(keys)
  })

  it('gives the same body for the same sources and time (only the clock changes it)', async () => {
    const again = await buildRegistry({
      srcDir: 'registry',
      outDir: join(tmp, 'again'),
      key,
      now: NOW,
    })
    expect(envelopeJson(again.envelope)).toBe(served)
  })
})

describe('buildRegistry with a release key', () => {
  it('refuses to sign with a key that is not pinned, naming the line to add', async () => {
    const file = await newKeyFile()
    const key = await loadSigningKey({
      env: { GENUINE_SIGNING_KEY: file.private },
      devKeyPath: join(tmp, 'unused'),
    })
    expect(key.devKeyPath).toBeUndefined()
    await expect(
      buildRegistry({ srcDir: 'registry', outDir: join(tmp, 'release'), key, now: NOW }),
    ).rejects.toThrow(`"keyid":"${file.keyid}"`)
  })

  it('signs with a pinned key, and then pins only the committed keys', async () => {
    const file = await newKeyFile()
    const { private: _secret, ...pinned } = file
    const src = join(tmp, 'src')
    cpSync('registry', src, { recursive: true })
    writeFileSync(join(src, 'trusted-keys.json'), JSON.stringify([pinned]))
    const key = await loadSigningKey({
      env: { GENUINE_SIGNING_KEY: file.private },
      devKeyPath: join(tmp, 'unused'),
    })
    const result = await buildRegistry({ srcDir: src, outDir: join(tmp, 'release'), key, now: NOW })
    expect(result.trustedKeys).toEqual([pinned])
  })
})
