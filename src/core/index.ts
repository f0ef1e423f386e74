/**
 * Genuine's verdict engine: pure TypeScript that runs unchanged in the Worker, the lookup page,
 * the extension and the CLI.
 * @example
 * const result = await verifyRegistry(JSON.parse(REGISTRY_JSON), { keys: TRUSTED_KEYS })
 * if (!result.ok && result.code !== 'expired') throw new Error(result.message)
 * const index = buildIndex(result.signed!, { stale: !result.ok })
 * check('t.me/tokenpocket_C', index).verdict // 'reported_scam'
 */
export { buildIndex, withState, type Index } from './engine/build-index'
export { check } from './engine/check'
export { officialOver } from './engine/official-over'
export { checkMessage } from './engine/message'
export { findSecret, describeSecret } from './contact/secret'
export { parseHost, type HostInfo } from './contact/host'
export * from './registry'
export * from './verdict'
export * from '../../registry/schema'
export { checkName } from './engine/name'
