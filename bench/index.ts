/**
 * `npm run bench`: checks per second for domains, handles and messages, on the real registry and
 * on synthetic registries of 1,000 and 10,000 projects. Every figure stands beside a baseline
 * measured in this same process (machines here are noisy): a plain `new URL()` parse, the same
 * rules applied by a naive scan over every project, and eth-phishing-detect as a peer.
 */
import { readFileSync } from 'node:fs'
import { buildIndex, check, parseHost, type Index, type Signed } from '../src/core'
import { buildBrands, matchDomain } from '../src/core/lookalike'
import { realRegistry } from '../test/helpers/registry'
import { measure, once, printRows, printTargets, type BenchRow } from './harness'
import { syntheticRegistry } from './synthetic'

// @ts-expect-error: the package ships no types; it exports one function(domain) => boolean.
import ethPhishingDetect from 'eth-phishing-detect'
import { benchCli } from './cli'
import { benchCold } from './cold'

/** Real phishing domains (3,000) then legitimate ones (677): mostly the costly case. */
function domains(): { mix: string[]; legit: string[] } {
  const evil = readFileSync('data/eval/impersonation-dev.tsv', 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0]!)
    .filter(Boolean)
  const legit = readFileSync('data/eval/legit-dev.txt', 'utf8').split('\n').filter(Boolean)
  return { mix: [...evil.slice(0, 3000), ...legit], legit }
}

const HANDLES = [
  '@TokenPocket_Support',
  '@tokenpocket_tp',
  't.me/tokenpocket_C',
  '@metamask_helpdesk',
  '@binance',
  '@vitalik',
  'https://x.com/TrustWallet',
  '@phantom_support_team',
  '@randomperson123',
  'discord.gg/NKPM8TXFQk',
]

const MESSAGES = [
  '您好，我是TP钱包官方客服。您的钱包存在风险，请在24小时内验证钱包，否则资产将被冻结。客服微信：tpkefu888，网址 tokenpocket-verify.com',
  'Hello, MetaMask support here. Your wallet is suspended; sync it at metamask-restore.app within 24 hours or contact @MetaMask_Help on Telegram.',
  'TP钱包客服电话：400-888-1234',
  'Join our community at https://t.me/tokenpocket_en and read https://help.tokenpocket.pro',
  'Hi! Are we still on for lunch tomorrow at noon?',
]

/** The same rules, without the index: every project's brands tried one after another. */
function linearScan(registry: Signed) {
  const perProject = registry.projects.map((p) => buildBrands([p]))
  return (domain: string) => {
    const host = parseHost(domain)
    if (!host) return null
    for (const brands of perProject) {
      const hit = matchDomain(host, brands)
      if (hit) return hit
    }
    return null
  }
}

async function main() {
  const real = realRegistry()
  const { mix: inputs, legit } = domains()
  const baseline = measure('baseline: new URL() parse', inputs, (d) => new URL(`https://${d}`).hostname)

  const sizes: [string, () => Signed][] = [
    [`real (${real.projects.length} projects)`, () => real],
    ['synthetic 1,000 projects', () => syntheticRegistry(real, 1_000)],
    ['synthetic 10,000 projects', () => syntheticRegistry(real, 10_000)],
  ]
  const builds: BenchRow[] = []
  const domainRows = [baseline]
  const handleRows = [baseline]
  const messageRows = [baseline]
  let legitRow!: BenchRow
  let largest!: Signed
  // Each registry is measured right after its index is built, before the next is made: a Worker
  // holds one index, and a heap still settling from building a larger one is not what it sees.
  for (const [name, make] of sizes) {
    const registry = make()
    let index!: Index
    builds.push(once(`index build, ${name}`, () => (index = buildIndex(registry))))
    domainRows.push(measure(`domain check, ${name}`, inputs, (d) => check(d, index)))
    // Most sites a person visits name no brand at all; the phishing-heavy mix is the worst case.
    if (registry === real) {
      legitRow = measure('domain check, legitimate domains only, real', legit, (d) => check(d, index))
    }
    handleRows.push(measure(`handle check, ${name}`, HANDLES, (h) => check(h, index)))
    messageRows.push(measure(`message check, ${name}`, MESSAGES, (m) => check(m, index)))
    largest = registry
  }
  printRows('Index build', builds)
  const small = domainRows[1]!
  const large = domainRows[3]!
  const linear = measure('naive linear scan, 10,000 projects', inputs.slice(0, 300), linearScan(largest), 1500)
  const peer = measure('eth-phishing-detect (peer)', inputs, ethPhishingDetect)
  domainRows.push(legitRow, linear, peer)
  printRows('Domains', domainRows, baseline)
  printRows('Handles', handleRows, baseline)
  printRows('Messages', messageRows, baseline)

  const ratio = (a: BenchRow, b: BenchRow) => a.opsPerSec! / b.opsPerSec!
  const targets: [string, boolean, string][] = [
    ['≥ 100,000 domain checks/s, real registry', small.opsPerSec! >= 100_000, `${Math.round(small.opsPerSec!).toLocaleString('en')}/s`],
    ['per-check cost grows < 3× from 20 to 10,000 projects', ratio(small, large) < 3, `${ratio(small, large).toFixed(2)}×`],
    ['≥ 30× the linear scan at 10,000 projects', ratio(large, linear) >= 30, `${ratio(large, linear).toFixed(0)}×`],
    ['index build for 10,000 projects < 1 s', builds[2]!.microsPerOp! < 1e6, builds[2]!.note!],
    ['≥ 10× eth-phishing-detect', ratio(small, peer) >= 10, `${ratio(small, peer).toFixed(1)}×`],
  ]
  printTargets(targets)

  const cold = await benchCold()
  printRows('Cold start (fresh processes)', cold.rows)
  printTargets(cold.targets)

  const cli = await benchCli(inputs)
  printRows('CLI, whole process (bin/genuine.mjs)', cli.rows)
  printTargets(cli.targets)

  try {
    const { benchExtension } = await import('./extension')
    printRows('Extension', await benchExtension())
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e
  }
}

await main()
