/**
 * Where the signing key comes from. The private key never enters the repo or the Worker:
 * `GENUINE_SIGNING_KEY` (hex), a key file given by path, or, for local development only, a dev
 * key created on first use in the git-ignored `.genuine/` folder.
 */
import { getPublicKeyAsync, utils } from '@noble/ed25519'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { TrustedKey } from '../schema'
import { trustedKey } from '../../src/core/registry'

const PrivateHex = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{64}$/, 'a private key is 64 hex characters (32 bytes)')

/** A key file (`keygen --out`, the dev key): the pinned-key entry plus the private half. */
export const KeyFile = TrustedKey.extend({ private: PrivateHex })
export type KeyFile = z.infer<typeof KeyFile>

export interface SigningKey {
  privateKey: Uint8Array
  trusted: TrustedKey
  /** Set when this is the local development key: never for a release. */
  devKeyPath?: string
}

/** A fresh ed25519 key pair in key-file form. */
export async function newKeyFile(): Promise<KeyFile> {
  const privateKey = utils.randomSecretKey()
  return { ...trustedKey(await getPublicKeyAsync(privateKey)), private: bytesToHex(privateKey) }
}

/** Writes a key file readable by its owner only. */
export function writeKeyFile(path: string, key: KeyFile): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(key, null, 2) + '\n', { mode: 0o600, flag: 'wx' })
}

async function fromHex(hex: string, where: string): Promise<SigningKey> {
  const parsed = PrivateHex.safeParse(hex)
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues[0]?.message}`)
  const privateKey = hexToBytes(parsed.data.toLowerCase())
  return { privateKey, trusted: trustedKey(await getPublicKeyAsync(privateKey)) }
}

/** A key file holds either the JSON written by `keygen --out` or just the private key in hex. */
async function fromFile(path: string): Promise<SigningKey> {
  const text = readFileSync(path, 'utf8')
  if (!text.trim().startsWith('{')) return fromHex(text, path)
  const file = KeyFile.safeParse(JSON.parse(text))
  if (!file.success) throw new Error(`${path}: not a key file: ${file.error.issues[0]?.message}`)
  const key = await fromHex(file.data.private, path)
  // A file whose public half does not match would pin one key and sign with another.
  if (key.trusted.public !== file.data.public) {
    throw new Error(`${path}: the public key does not match the private key`)
  }
  return key
}

/**
 * The key to sign with: `--key FILE`, else `GENUINE_SIGNING_KEY`, else the dev key at
 * `devKeyPath` (created on first use). Whoever uses the dev key must say so (see `devKeyNotice`).
 */
export async function loadSigningKey(opts: {
  keyFile?: string
  env: NodeJS.ProcessEnv
  devKeyPath: string
}): Promise<SigningKey> {
  if (opts.keyFile) return fromFile(opts.keyFile)
  const envKey = opts.env.GENUINE_SIGNING_KEY
  if (envKey) return fromHex(envKey, 'GENUINE_SIGNING_KEY')
  if (!existsSync(opts.devKeyPath)) writeKeyFile(opts.devKeyPath, await newKeyFile())
  return { ...(await fromFile(opts.devKeyPath)), devKeyPath: opts.devKeyPath }
}

export const devKeyNotice = (key: SigningKey): string =>
  `genuine: using the development key ${key.devKeyPath} (keyid ${key.trusted.keyid.slice(0, 16)}…), ` +
  'not for release: set GENUINE_SIGNING_KEY or pass --key FILE to sign a release\n'
