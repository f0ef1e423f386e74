/** Community reports in D1: filing, moderation, and the signed list of confirmed ones. */
export { decideReport } from './decide'
export { fileReport, type FileReportInput } from './file'
export { authenticate } from './moderators'
export { hashToken, newToken } from './token'
export { clientIp, limitContact, limitReporter } from './rate-limit'
export { getReport, listReports } from './read'
export { confirmedReported, reportsKey, signedReported } from './reported'
export * from './schema'
