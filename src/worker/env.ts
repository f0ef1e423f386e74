/**
 * The Worker's bindings, as declared and documented in `wrangler.toml`. Every edge of the Worker
 * (API, page, bots) reads its configuration from here.
 */
export type Bindings = {
  /** Community reports, moderators, audit trail and rate limits (`migrations/`). */
  DB: D1Database
  /** Hex ed25519 private key of the Worker's online key: signs `/api/v1/reported`. */
  REPORTS_SIGNING_KEY: string
  /** Reports one client may file per hour (default 10). */
  REPORTS_PER_HOUR?: string
  /** Reports of one contact, by all clients together, per hour (default 30). */
  REPORTS_PER_CONTACT_PER_HOUR?: string
  /** Days a signed reported list stays valid (default 7). */
  REPORTED_TTL_DAYS?: string
  /** Discord application public key: enables `/integrations/discord`. */
  DISCORD_PUBLIC_KEY?: string
  /**
   * The Telegram bot's username (without `@`): commands addressed to another bot
   * (`/verify@OtherBot`) are left alone. The bot answers in the webhook's response, so the
   * Worker never needs the bot token.
   */
  TELEGRAM_BOT_USERNAME?: string
  /** Telegram webhook secret: enables `/integrations/telegram`. */
  TELEGRAM_WEBHOOK_SECRET?: string
}

export type Env = { Bindings: Bindings }
