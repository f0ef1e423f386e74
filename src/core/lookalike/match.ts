import type { Channel } from '../../../registry/schema'
import type { Confidence, ReasonCode } from '../verdict'

/** A contact that imitates a project: which one, why, and the official channel it imitates. */
export interface LookalikeMatch {
  project: string
  reasons: ReasonCode[]
  imitates: Channel
  /** `medium` for a lookalike that is probably but not surely one (see `confidenceOf`). */
  confidence: Confidence
}
