/** The signed registry: canonical JSON, keys, signing and the one verification everyone uses. */
export { canonicalBytes, canonicalJson } from './canonical'
export { keyId, trustedKey } from './keyid'
export { signCanonical, signRegistry } from './sign'
export {
  parseTrustedKeys,
  verifyRegistry,
  VerifyErrorCode,
  type VerifyOptions,
  type VerifyResult,
} from './verify'
