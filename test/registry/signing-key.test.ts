/** Where the signing key comes from: a key file, GENUINE_SIGNING_KEY, or the dev key. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  devKeyNotice,
  loadSigningKey,
  newKeyFile,
  writeKeyFile,
} from '../../registry/tools/signing-key'

const tmp = mkdtempSync(join(tmpdir(), 'genuine-key-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const devKeyPath = join(tmp, 'dev-key.json')

describe('loadSigningKey', () => {
  it('reads a key file written by keygen, and a file holding only the hex key', async () => {
    const file = await newKeyFile()
    const path = join(tmp, 'release.json')
    writeKeyFile(path, file)
    writeFileSync(join(tmp, 'release.hex'), file.private + '\n')
    for (const keyFile of [path, join(tmp, 'release.hex')]) {
      const key = await loadSigningKey({ keyFile, env: {}, devKeyPath })
      expect(key.trusted.keyid).toBe(file.keyid)
      expect(key.devKeyPath).toBeUndefined()
    }
    expect(existsSync(devKeyPath)).toBe(false)
  })

  it('never overwrites an existing key file', async () => {
    const path = join(tmp, 'once.json')
    writeKeyFile(path, await newKeyFile())
    expect(() => writeKeyFile(path, { ...JSON.parse(readFileSync(path, 'utf8')) })).toThrow(
      /EEXIST/,
    )
  })

  it('refuses a key file whose public half does not match its private key', async () => {
    const [a, b] = [await newKeyFile(), await newKeyFile()]
    const path = join(tmp, 'mixed.json')
    writeFileSync(path, JSON.stringify({ ...a, private: b.private }))
    await expect(loadSigningKey({ keyFile: path, env: {}, devKeyPath })).rejects.toThrow(
      /does not match/,
    )
  })

  it('reads GENUINE_SIGNING_KEY, and says what is wrong with a bad one', async () => {
    const file = await newKeyFile()
    const key = await loadSigningKey({
      env: { GENUINE_SIGNING_KEY: file.private.toUpperCase() },
      devKeyPath,
    })
    expect(key.trusted.keyid).toBe(file.keyid)
    await expect(
      loadSigningKey({ env: { GENUINE_SIGNING_KEY: 'abc' }, devKeyPath }),
    ).rejects.toThrow('GENUINE_SIGNING_KEY: a private key is 64 hex characters (32 bytes)')
  })

  it('creates the dev key once, reuses it, and says it is not for release', async () => {
    const first = await loadSigningKey({ env: {}, devKeyPath })
    const second = await loadSigningKey({ env: {}, devKeyPath })
    expect(second.trusted).toEqual(first.trusted)
    expect(first.devKeyPath).toBe(devKeyPath)
    expect(devKeyNotice(first)).toMatch(/using the development key .*not for release/)
  })
})
