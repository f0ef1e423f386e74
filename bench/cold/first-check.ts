/**
 * One cold isolate's first check, run in a fresh process by bench/cold.ts: the bundled registry
 * verified (as served text, or parsed and re-canonicalised: `GENUINE_VERIFY=parsed`), its index
 * built, one contact checked. Module loading is left out, as Cloudflare bills a request's CPU
 * from the request on; the CPU time of what follows is printed as JSON.
 */
import { REGISTRY_JSON, TRUSTED_KEYS } from '../../.genuine/dist/registry-module'
import { buildIndex, check, verifyRegistry, verifyRegistryText } from '../../src/core'

const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const start = cpu()
const result =
  process.env.GENUINE_VERIFY === 'parsed'
    ? await verifyRegistry(JSON.parse(REGISTRY_JSON), { keys: TRUSTED_KEYS })
    : await verifyRegistryText(REGISTRY_JSON, { keys: TRUSTED_KEYS })
if (!result.ok) throw new Error(result.code)
const verified = cpu()
const index = buildIndex(result.signed)
const built = cpu()
if (check('tokenpocket-support.com', index).verdict !== 'impersonation') throw new Error('wrong verdict')
const checked = cpu()
console.log(JSON.stringify({ verify: verified - start, index: built - verified, check: checked - built, total: checked - start }))
