/**
 * `genuine check`: a contract other tools rely on. With `--json`, exactly one JSON object per
 * input, one per line, in input order; exit 0 whatever the verdicts, 2 for usage errors.
 */
import { parseArgs } from 'node:util'
import { check } from '../core/engine/check'
import type { Index, Verdict } from '../core'
import { chunkedWriter } from './chunked-writer'
import { verdictLine } from './json-line'
import { loadIndex, RegistryLoadError } from './load-index'
import { render, type Lang } from './render'
import { stdinLines } from './stdin-lines'

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
  --keys FILE         the pinned public keys to verify it with (a list, or the /api/v1/keys
                      document: only its registry keys are used)
  --min-version N     refuse a registry older than version N (rollback); the highest version
                      accepted before is also remembered and enforced
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
        'min-version': { type: 'string' },
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
  const minVersion = values['min-version'] === undefined ? undefined : Number(values['min-version'])
  if (minVersion !== undefined && !(Number.isSafeInteger(minVersion) && minVersion > 0)) {
    return usage('--min-version takes a positive whole number')
  }
  if (values.stdin && positionals.length) return usage('give contacts as arguments or --stdin, not both')
  if (!values.stdin && !positionals.length) return usage('nothing to check')

  let index: Index
  try {
    index = await loadIndex({ registry: values.registry, keys: values.keys, minVersion })
  } catch (e) {
    if (!(e instanceof RegistryLoadError)) throw e
    process.stderr.write(`genuine: cannot load the registry: ${(e as Error).message}\n`)
    return 1
  }
  const lang: Lang = (values.lang as Lang | undefined) ?? (/^zh/i.test(process.env.LANG ?? '') ? 'zh' : 'en')
  const out = values.json
    ? verdictLine
    : (v: Verdict) => render(v, lang, process.stdout.isTTY === true)

  // Streams: output in chunks with back-pressure, so 100,000 lines need no more memory than one.
  const writer = chunkedWriter()
  for await (const batch of values.stdin ? stdinLines() : [positionals]) {
    for (const input of batch) writer.add(out(check(input, index)))
    await writer.settle()
  }
  await writer.end()
  return 0
}

function usage(message: string): number {
  process.stderr.write(`genuine check: ${message}\n\n${HELP}\n`)
  return 2
}
