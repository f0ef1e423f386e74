/** A bot command as Telegram sends it: `/name`, `/name@BotName`, then the arguments. */
export type Command = { name: string; bot: string | null; args: string }

const COMMAND = /^\/([a-z0-9_]{1,32})(?:@([a-z0-9_]{3,64}))?(?:\s+|$)/i

/**
 * @example parseCommand('/verify@GenuineBot t.me/x') // { name: 'verify', bot: 'GenuineBot', args: 't.me/x' }
 */
export function parseCommand(text: string): Command | null {
  const m = COMMAND.exec(text)
  if (!m) return null
  return { name: m[1]!.toLowerCase(), bot: m[2] ?? null, args: text.slice(m[0].length).trim() }
}
