/**
 * What a cold isolate would pay per step with 10,000 projects (the plan in README, "Worker cold
 * start"), in a fresh process: the registry's signed text (synthetic, shaped like the real one,
 * made before the clock starts) parsed, its Ed25519 signature checked with WebCrypto over the
 * whole text (as verifyRegistryText does), its SHA-256 taken (what checking a build-time artefact
 * by hash would cost instead), the index built, one contact checked. Prints CPU ms as JSON.
 */
import { buildIndex, check } from '../../src/core'
import { realRegistry } from '../../test/helpers/registry'
import { syntheticRegistry } from '../synthetic'

const PROJECTS = Number(process.env.GENUINE_PROJECTS ?? 10_000)
const text = JSON.stringify(syntheticRegistry(realRegistry(), PROJECTS))
const bytes = new TextEncoder().encode(text)
const keys = (await crypto.subtle.generateKey('Ed25519', false, ['sign', 'verify'])) as CryptoKeyPair
const signature = await crypto.subtle.sign('Ed25519', keys.privateKey, bytes)

const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const t0 = cpu()
const signed = JSON.parse(text)
const t1 = cpu()
if (!(await crypto.subtle.verify('Ed25519', keys.publicKey, signature, bytes))) throw new Error('bad signature')
const t2 = cpu()
await crypto.subtle.digest('SHA-256', bytes)
const t3 = cpu()
const index = buildIndex(signed)
const t4 = cpu()
check('tokenpocket-support.com', index)
const t5 = cpu()
console.log(JSON.stringify({ kb: bytes.length / 1024, parse: t1 - t0, verify: t2 - t1, sha256: t3 - t2, index: t4 - t3, check: t5 - t4 }))
