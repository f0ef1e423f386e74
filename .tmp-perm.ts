import { parseHost } from './src/core/contact/host'
import { buildBrands, matchDomain } from './src/core/lookalike'
import { loadProjects } from './test/core/lookalike/projects'
import { permutations } from './test/core/lookalike/permutations'
const b = buildBrands(loadProjects())
for (const [l, s] of [['trezor','io'],['metamask','io'],['ledger','com'],['tokenpocket','pro'],['tpwallet','io'],['token','im']]) {
  const m = permutations(l!, s).filter((p) => { const h = parseHost(p.value); return h && !matchDomain(h, b) })
  console.log(l, m.length, m.map((p) => p.fuzzer[0]+p.fuzzer[1] + ':' + p.value).join(' ').slice(0, 1500))
}
