/**
 * Checks Telegram's `X-Telegram-Bot-Api-Secret-Token` in constant time. Both sides are hashed
 * first, so the comparison always runs over 32 bytes: it leaks neither the secret's length nor
 * how much of a guess was right. The XOR loop is written out because workerd's
 * `crypto.subtle.timingSafeEqual` is not in the DOM typings this project compiles against.
 * @example await secretMatches(c.req.header('X-Telegram-Bot-Api-Secret-Token'), env.TELEGRAM_WEBHOOK_SECRET)
 */
export async function secretMatches(given: string | undefined, expected: string): Promise<boolean> {
  if (given === undefined) return false
  const digest = async (s: string) =>
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)))
  const [a, b] = await Promise.all([digest(given), digest(expected)])
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}
