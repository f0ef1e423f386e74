/**
 * The parts of a Discord interaction the bot reads (https://discord.com/developers/docs/interactions/receiving-and-responding).
 * Unknown fields are ignored, so Discord adding some never breaks parsing.
 */
import { z } from 'zod'

export const InteractionType = { PING: 1, APPLICATION_COMMAND: 2, AUTOCOMPLETE: 4 } as const

export const ResponseType = {
  PONG: 1,
  CHANNEL_MESSAGE: 4,
  DEFERRED_CHANNEL_MESSAGE: 5,
  AUTOCOMPLETE_RESULT: 8,
} as const

/** Only the person who ran the command sees the reply. */
export const EPHEMERAL = 64

const Option = z.object({
  name: z.string(),
  type: z.number().int(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
})

export const Interaction = z.object({
  id: z.string(),
  application_id: z.string().regex(/^\d{1,20}$/),
  type: z.number().int(),
  token: z.string().regex(/^[\w.-]{1,500}$/),
  locale: z.string().optional(),
  guild_locale: z.string().optional(),
  data: z.object({ name: z.string(), options: z.array(Option).max(25).optional() }).optional(),
  /** In a server `member.user`, in a direct message `user`. */
  member: z.object({ user: z.object({ id: z.string() }) }).optional(),
  user: z.object({ id: z.string() }).optional(),
})
export type Interaction = z.infer<typeof Interaction>

/** A string option's value, trimmed; '' when absent. */
export const option = (i: Interaction, name: string): string => {
  const value = i.data?.options?.find((o) => o.name === name)?.value
  return typeof value === 'string' ? value.trim() : ''
}
