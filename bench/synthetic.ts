import type { CitedSource, Project, Signed } from '../registry/schema'

/** A deterministic pseudo-random source, so every run measures the same registry. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

const SYLLABLES = 'ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu'.split(' ')
const TLDS = ['com', 'io', 'org', 'app', 'pro', 'finance', 'xyz', 'net']

/** Brand-like names ("kelomira") that do not collide with each other. */
function names(n: number, next: () => number): string[] {
  const out = new Set<string>()
  while (out.size < n) {
    let s = ''
    const len = 3 + Math.floor(next() * 3)
    for (let i = 0; i < len; i++) s += SYLLABLES[Math.floor(next() * SYLLABLES.length)]
    out.add(s)
  }
  return [...out]
}

/** The real registry plus `total - real` synthetic projects shaped like real ones. */
export function syntheticRegistry(real: Signed, total: number): Signed {
  const next = rng(total)
  const extra: Project[] = names(Math.max(0, total - real.projects.length), next).map((n, i) => {
    const host = `${n}.${TLDS[i % TLDS.length]}`
    const sources: CitedSource[] = [
      { url: `https://${host}/`, publisher: 'first_party', retrieved_at: '2026-12-02' },
    ]
    const fact = { status: 'active' as const, sources, verified_at: '2026-12-02' }
    return {
      id: `syn_${n}`.slice(0, 40),
      name: { en: n, zh: n },
      aliases: [n, `${n} wallet`],
      channels: [
        { type: 'website', value: host, role: 'product', ...fact },
        { type: 'help_center', value: `help.${host}`, role: 'support', ...fact },
        { type: 'email', value: `support@${host}`, role: 'support', ...fact },
        { type: 'x', value: `${n}_official`.slice(0, 15), role: 'news', ...fact },
        { type: 'telegram', value: `${n}_chat`, role: 'community', ...fact },
      ],
      never: [],
      related: [],
      unconfirmed: [],
    }
  })
  return { ...real, projects: [...real.projects, ...extra] }
}
