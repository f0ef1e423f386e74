/**
 * Points a Telegram bot at the Worker: setWebhook with the secret Telegram will echo in every
 * call, and the updates guard mode needs; then the command menu, in English and Chinese.
 *
 *   TELEGRAM_BOT_TOKEN=… TELEGRAM_WEBHOOK_SECRET=… npm run telegram:webhook -- --url https://<worker>/integrations/telegram
 *
 * The same TELEGRAM_WEBHOOK_SECRET must be set on the Worker (`npx wrangler secret put`).
 * The token stays on this machine: the Worker answers inside the webhook's response.
 */
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { url: { type: 'string' } } })
const { TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: secret } = process.env

const missing = [
  !token && 'TELEGRAM_BOT_TOKEN',
  !secret && 'TELEGRAM_WEBHOOK_SECRET',
  !values.url && '--url',
].filter(Boolean)
if (missing.length) {
  console.error(
    `telegram:webhook needs ${missing.join(', ')}.\n` +
      'TELEGRAM_BOT_TOKEN comes from @BotFather; TELEGRAM_WEBHOOK_SECRET is any 1-256 characters\n' +
      'of A-Z a-z 0-9 _ - (e.g. `openssl rand -hex 32`); --url is https://<worker>/integrations/telegram.',
  )
  process.exit(1)
}
// Telegram's own rules for these values: refuse early with a clear message rather than a 400.
if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret!)) {
  console.error('TELEGRAM_WEBHOOK_SECRET may only hold A-Z a-z 0-9 _ - (1 to 256 characters).')
  process.exit(1)
}
if (!values.url!.startsWith('https://')) {
  console.error('--url must be an https:// address: Telegram only calls HTTPS webhooks.')
  process.exit(1)
}

async function call(method: string, params: unknown) {
  const res = await fetch(`https://api.telegram.org/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(params),
  })
  const body = (await res.json()) as { ok: boolean; description?: string }
  if (!body.ok) {
    console.error(`Telegram refused ${method}: ${body.description ?? res.status}`)
    process.exit(1)
  }
}

// chat_member is not sent unless asked for: guard mode learns promoted admins from it.
const allowed_updates = [
  'message',
  'edited_message',
  'channel_post',
  'my_chat_member',
  'chat_member',
]
await call('setWebhook', { url: values.url, secret_token: secret, allowed_updates })
console.log(`Webhook set: ${values.url} (updates: ${allowed_updates.join(', ')})`)

const menu = (verify: string, official: string, report: string, guard: string) => [
  { command: 'verify', description: verify },
  { command: 'official', description: official },
  { command: 'report', description: report },
  { command: 'guard', description: guard },
]
await call('setMyCommands', {
  commands: menu(
    'Check a contact or a whole message',
    'A project’s real channels',
    'Report a scam contact',
    'Admins: /guard on or off',
  ),
})
await call('setMyCommands', {
  language_code: 'zh',
  commands: menu(
    '查询联系方式或整段消息',
    '项目方的真实渠道',
    '举报诈骗联系方式',
    '管理员：/guard on 或 off',
  ),
})
console.log('Command menu set (en, zh).')
console.log('For guard mode: make the bot a group admin (it then sees every message).')
