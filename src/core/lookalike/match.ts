import type { Channel } from '../../../registry/schema'
import type { ReasonCode } from '../verdict'

/** A contact that imitates a project: which one, why, and the official channel it imitates. */
export interface LookalikeMatch {
  project: string
  reasons: ReasonCode[]
  imitates: Channel
}
