/**
 * `genuine registry build | keygen | sign | verify`: the Node edge of the signed registry.
 * Paths are relative to the working directory: sources in `registry/`, output in `.genuine/`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { Signed } from '../../registry/schema'
import { buildRegistry } from '../../registry/tools/build'
import {
  devKeyNotice,
  loadSigningKey,
  newKeyFile,
  writeKeyFile,
} from '../../registry/tools/signing-key'
import { auditLine, auditText } from '../../registry/tools/audit'
import { loadSources, SourceError } from '../../registry/tools/sources'
import { envelopeJson, parseTrustedKeys, signRegistry, verifyRegistry } from '../core/registry'
import { DIST, dueNotice } from './registry-files'

const USAGE = `Usage:
  genuine registry build [--quiet] [--src DIR] [--out DIR] [--key FILE] [--allow-due]
      validate registry/, sign, write DIR (default .genuine/dist): registry.json,
      trusted-keys.json and registry-module.ts. Refuses a fact past its recheck_by;
      --allow-due signs it anyway with the development key (local development only)
  genuine registry audit [--json] [--src DIR] [--due-by YYYY-MM-DD]
      every fact with its status, sources, verified_at and recheck_by; DUE marks those
      to re-check before --due-by (default today). --json: one object per fact per line
  genuine registry keygen [--out FILE | --print-private]
      new ed25519 key pair: private key to FILE (mode 0600), pinned-key line to stdout
  genuine registry sign FILE [--key FILE] [--out FILE]
      sign an unsigned registry body (the "signed" object) and print the envelope
  genuine registry verify FILE [--keys FILE] [--min-version N]
      verify an envelope against pinned keys (default .genuine/dist/trusted-keys.json);
      exit 0 valid, 1 invalid

The signing key comes from --key FILE, else GENUINE_SIGNING_KEY (hex), else the development
key .genuine/dev-key.json, created on first use and never fit for a release.`

const DEV_KEY = '.genuine/dev-key.json'

class UsageError extends Error {}

type Values = Record<string, string | boolean | undefined>

function parse(args: string[], options: ParseArgsConfig['options'], positionals: number) {
  let parsed
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(positionals ? 'expected one FILE' : 'unexpected argument')
  }
  return { values: parsed.values as Values, file: parsed.positionals[0] }
}

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined)

async function signingKey(values: Values) {
  const key = await loadSigningKey({
    keyFile: str(values.key),
    env: process.env,
    devKeyPath: DEV_KEY,
  })
  if (key.devKeyPath) process.stderr.write(devKeyNotice(key))
  return key
}

/**
 * Said by every command that builds or reads a registry signed with facts past their
 * recheck_by, so a development build is never mistaken for a checked one.
 */
async function build(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    {
      quiet: { type: 'boolean' },
      src: { type: 'string' },
      out: { type: 'string' },
      key: { type: 'string' },
      'allow-due': { type: 'boolean' },
    },
    0,
  )
  const key = await signingKey(values)
  const allowDue = values['allow-due'] === true
  if (allowDue && !key.devKeyPath) {
    throw new UsageError('--allow-due is for local development only: not with a release key')
  }
  const now = new Date()
  const outDir = str(values.out) ?? DIST
  const srcDir = str(values.src) ?? 'registry'
  const result = await buildRegistry({ srcDir, outDir, key, now, allowDue })
  const due = result.envelope.signed.due
  if (due) process.stderr.write(dueNotice(due))
  if (!values.quiet) {
    const { signed } = result.envelope
    process.stdout.write(
      `registry v${signed.version}: ${signed.projects.length} projects, ` +
        `${signed.reported.length} reported, expires ${signed.expires}, ` +
        `signed by ${key.trusted.keyid.slice(0, 16)}…\n${result.files.map((f) => `  ${f}\n`).join('')}`,
    )
  }
  return 0
}

async function keygen(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    { out: { type: 'string' }, 'print-private': { type: 'boolean' } },
    0,
  )
  const out = str(values.out)
  if (!out && !values['print-private']) {
    throw new UsageError(
      'say where the private key goes: --out FILE, or --print-private for stdout',
    )
  }
  const { private: privateHex, ...trusted } = await newKeyFile()
  if (out) {
    writeKeyFile(out, { ...trusted, private: privateHex })
    process.stderr.write(`private key written to ${out} (mode 0600): keep it out of the repo\n`)
  } else {
    process.stdout.write(`GENUINE_SIGNING_KEY=${privateHex}\n`)
  }
  process.stderr.write('pin the public key by adding this line to registry/trusted-keys.json:\n')
  process.stdout.write(JSON.stringify(trusted) + '\n')
  return 0
}

function readJsonFile(file: string, hint = ''): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new Error(`${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}${hint}`)
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new Error(`${file}: not JSON: ${(e as Error).message}`)
  }
}

async function sign(args: string[]): Promise<number> {
  const { values, file } = parse(args, { key: { type: 'string' }, out: { type: 'string' } }, 1)
  const body = Signed.safeParse(readJsonFile(file!))
  if (!body.success) {
    process.stderr.write(`${file}: not a registry body: ${body.error.message}\n`)
    return 1
  }
  const envelope = await signRegistry(body.data, (await signingKey(values)).privateKey)
  const text = envelopeJson(envelope) + '\n'
  const out = str(values.out)
  if (out) writeFileSync(out, text)
  else process.stdout.write(text)
  return 0
}

async function verify(args: string[]): Promise<number> {
  const { values, file } = parse(
    args,
    { keys: { type: 'string' }, 'min-version': { type: 'string' } },
    1,
  )
  const minText = str(values['min-version'])
  const minVersion = minText === undefined ? undefined : Number(minText)
  if (minVersion !== undefined && !Number.isSafeInteger(minVersion)) {
    throw new UsageError('--min-version takes an integer')
  }
  const keysFile = str(values.keys)
  const keys = parseTrustedKeys(
    keysFile
      ? readJsonFile(keysFile)
      : readJsonFile(
          `${DIST}/trusted-keys.json`,
          ' (run `genuine registry build`, or pass --keys FILE)',
        ),
  )
  const result = await verifyRegistry(readJsonFile(file!), { keys, minVersion })
  if (result.signed?.due) process.stderr.write(dueNotice(result.signed.due))
  if (result.ok) {
    const { version, expires, projects } = result.signed
    process.stdout.write(
      `valid: registry v${version}, ${projects.length} projects, expires ${expires}, key ${result.keyid}\n`,
    )
    return 0
  }
  process.stdout.write(`invalid (${result.code}): ${result.message}\n`)
  return 1
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

async function audit(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    { json: { type: 'boolean' }, src: { type: 'string' }, 'due-by': { type: 'string' } },
    0,
  )
  const dueBy = str(values['due-by']) ?? new Date().toISOString().slice(0, 10)
  if (!ISO_DATE.test(dueBy)) throw new UsageError('--due-by takes a date, YYYY-MM-DD')
  // The audit is how due facts are found: it lists them instead of refusing them.
  const { facts } = loadSources(str(values.src) ?? 'registry', { allowDue: true })
  if (values.json) {
    for (const f of facts) process.stdout.write(JSON.stringify(auditLine(f, dueBy)) + '\n')
  } else process.stdout.write(auditText(facts, dueBy))
  return 0
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  audit,
  build,
  keygen,
  sign,
  verify,
}

export async function run(args: string[]): Promise<number> {
  const [name, ...rest] = args
  if (!name || name === '--help' || name === '-h' || rest.includes('--help')) {
    ;(name ? process.stdout : process.stderr).write(USAGE + '\n')
    return name ? 0 : 2
  }
  const command = SUBCOMMANDS[name]
  if (!command) {
    process.stderr.write(`genuine registry: unknown command "${name}"\n${USAGE}\n`)
    return 2
  }
  try {
    return await command(rest)
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`genuine registry ${name}: ${e.message}\n${USAGE}\n`)
      return 2
    }
    // Source problems are already phrased for people; anything else gets its message too.
    const problems = e instanceof SourceError ? e.problems : [(e as Error).message]
    process.stderr.write(problems.map((p) => `genuine registry ${name}: ${p}\n`).join(''))
    return 1
  }
}
