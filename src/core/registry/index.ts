/** The signed registry: canonical JSON, keys, signing and the one verification everyone uses. */
export { canonicalBytes, canonicalJson } from './canonical'
export { keyId, trustedKey } from './keyid'
export { envelopeJson, signCanonical, signRegistry } from './sign'
export {
  REPORTED_CONTEXT,
  ReportedEnvelope,
  reportedMessage,
  SignedReported,
  signReported,
  verifyReported,
} from './reported'
export {
  parseTrustedKeys,
  readKeysFile,
  verifyRegistry,
  verifyRegistryText,
  VerifyErrorCode,
  type VerifyOptions,
  type VerifyResult,
} from './verify'
