/** What the last registry refresh did: shown in the popup, and what the tests wait for. */
import { z } from 'zod'

export const SyncStatus = z.object({
  at: z.string(),
  /** `refused`: a response that failed verification; `failed`: no usable response at all. */
  outcome: z.enum(['updated', 'unchanged', 'refused', 'failed']),
  /** For `refused`, a verifyRegistry code (or `too_large`); for `failed`, `network` or `http_<status>`. */
  code: z.string().optional(),
  /** The registry version held after the refresh. */
  version: z.number(),
})
export type SyncStatus = z.infer<typeof SyncStatus>

export const SYNC_STATUS_KEY = 'sync'
