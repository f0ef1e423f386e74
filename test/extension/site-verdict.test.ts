/**
 * The navigation check runs the engine's host steps (`parseSiteHost`, `judgeContact`) rather than
 * `check`, to keep phone parsing out of the service worker. It must judge every host exactly as
 * `check(host)` does: the same verdict on official sites, their subdomains and lookalikes, the
 * evaluation's real phishing domains and its legitimate ones, in fresh and in expired registries.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildIndex, check } from '../../src/core'
import { siteVerdict } from '../../extension/src/lib/site-verdict'
import { realRegistry } from '../helpers/registry'

const registry = realRegistry()
const official = registry.projects.flatMap((p) =>
  p.channels.filter((c) => c.type === 'website' || c.type === 'help_center').map((c) => c.value),
)
const made = official.flatMap((host) => {
  const [label, ...rest] = host.split('.')
  return [`www.${host}`, `${label}-support.${rest.join('.')}`, `${label}.help`, `${label}s.com`]
})
const phishing = readFileSync('data/eval/impersonation-dev.tsv', 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]!)
const legit = readFileSync('data/eval/legit-dev.txt', 'utf8').split('\n')
const hosts = [...new Set([...official, ...made, ...phishing, ...legit])]
  .map((h) => h.trim().toLowerCase())
  .filter((h) => h.includes('.'))

describe.each([
  ['fresh', buildIndex(registry)],
  ['expired', buildIndex(registry, { stale: true })],
])('siteVerdict, %s registry', (_, index) => {
  it(`judges ${hosts.length} hosts as check(host) does`, () => {
    let warned = 0
    for (const host of hosts) {
      let url: URL
      try {
        url = new URL(`https://${host}/login?x=1`)
      } catch {
        continue // not a host a browser would navigate to
      }
      const site = siteVerdict(url.href, index)
      const whole = check(url.hostname, index)
      if (site.verdict) expect(site.verdict, host).toEqual(whole)
      else expect(['unknown', 'invalid'], host).toContain(whole.verdict)
      if (site.action === 'warn') warned++
    }
    expect(warned).toBeGreaterThan(phishing.length / 2) // the mix really holds lookalikes
  })
})
