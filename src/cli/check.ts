/**
 * `genuine check`: a contract other tools rely on. With `--json`, exactly one JSON object per
 * input, one per line, in input order; exit 0 whatever the verdicts, 2 for usage errors.
 */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { check, type Index, type Verdict } from '../core'
import { loadIndex, RegistryLoadError } from './load-index'
import { render, type Lang } from './render'

const HELP = `Usage:
  genuine check [--json] [--lang en|zh] CONTACT...
  genuine check --json --stdin         one input per line on stdin, one JSON line per input

Checks each contact (web address, email, phone number, @handle, t.me/... link) or whole
message against the signed registry of real support channels.

Options:
  --json              one JSON object per input, one per line
  --stdin             read inputs from standard input, one per line (streams; any size)
  --lang en|zh        language of the readable output (default: from LANG)
  --registry FILE     a signed registry to use instead of the local build
  --keys FILE         the pinned public keys to verify it with
  -h, --help          this help`

export async function run(args: string[]): Promise<number> {
  let opts
  try {
    opts = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        stdin: { type: 'boolean' },
        lang: { type: 'string' },
        registry: { type: 'string' },
        keys: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    return usage((e as Error).message)
  }
  const { values, positionals } = opts
  if (values.help) {
    process.stdout.write(HELP + '\n')
    return 0
  }
  if (values.lang && values.lang !== 'en' && values.lang !== 'zh') return usage('--lang takes en or zh')
  if (values.stdin && positionals.length) return usage('give contacts as arguments or --stdin, not both')
  if (!values.stdin && !positionals.length) return usage('nothing to check')

  let index: Index
  try {
    index = await loadIndex({ registry: values.registry, keys: values.keys })
  } catch (e) {
    if (!(e instanceof RegistryLoadError) && !(e instanceof SyntaxError) && !isFsError(e)) throw e
    process.stderr.write(`genuine: cannot load the registry: ${(e as Error).message}\n`)
    return 1
  }
  const lang: Lang = (values.lang as Lang | undefined) ?? (/^zh/i.test(process.env.LANG ?? '') ? 'zh' : 'en')
  const out = values.json
    ? (v: Verdict) => JSON.stringify(v) + '\n'
    : (v: Verdict) => render(v, lang, process.stdout.isTTY === true)

  if (values.stdin) await streamStdin(index, out)
  else for (const input of positionals) process.stdout.write(out(check(input, index)))
  return 0
}

/** Streams line by line, waiting for stdout to drain, so 100,000 lines need no more memory than 1. */
async function streamStdin(index: Index, out: (v: Verdict) => string): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) {
    if (!process.stdout.write(out(check(line, index)))) {
      await new Promise((resolve) => process.stdout.once('drain', resolve))
    }
  }
}

const isFsError = (e: unknown) => e instanceof Error && 'code' in e && 'path' in e

function usage(message: string): number {
  process.stderr.write(`genuine check: ${message}\n\n${HELP}\n`)
  return 2
}
