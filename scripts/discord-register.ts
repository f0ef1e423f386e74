/**
 * Registers the bot's slash commands with Discord (PUT replaces the whole set, so this is safe
 * to run again after any change to src/worker/integrations/discord/commands.ts).
 *
 *   DISCORD_APPLICATION_ID=… DISCORD_BOT_TOKEN=… npm run discord:register               # global
 *   DISCORD_APPLICATION_ID=… DISCORD_BOT_TOKEN=… npm run discord:register -- --guild ID  # one server, at once
 *
 * Global commands can take up to an hour to appear everywhere; a guild's appear at once.
 */
import { parseArgs } from 'node:util'
import { COMMANDS } from '../src/worker/integrations/discord/commands'

const { values } = parseArgs({ options: { guild: { type: 'string' } } })
const { DISCORD_APPLICATION_ID: app, DISCORD_BOT_TOKEN: token } = process.env

const missing = [!app && 'DISCORD_APPLICATION_ID', !token && 'DISCORD_BOT_TOKEN'].filter(Boolean)
if (missing.length) {
  console.error(
    `discord:register needs ${missing.join(' and ')} in the environment.\n` +
      'Both are on https://discord.com/developers/applications: the application ID under\n' +
      '"General Information", the bot token under "Bot" (keep it secret).',
  )
  process.exit(1)
}
if (!/^\d{1,20}$/.test(app!) || (values.guild !== undefined && !/^\d{1,20}$/.test(values.guild))) {
  console.error('DISCORD_APPLICATION_ID and --guild are numeric Discord ids.')
  process.exit(1)
}

const scope = values.guild ? `guilds/${values.guild}/` : ''
const url = `https://discord.com/api/v10/applications/${app}/${scope}commands`
const res = await fetch(url, {
  method: 'PUT',
  headers: { Authorization: `Bot ${token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify(COMMANDS),
})
if (!res.ok) {
  console.error(`Discord refused (${res.status}): ${await res.text()}`)
  process.exit(1)
}
const registered = (await res.json()) as { name: string; id: string }[]
const where = values.guild ? `server ${values.guild}` : 'all servers (global)'
console.log(`Registered ${registered.length} commands for ${where}:`)
for (const c of registered) console.log(`  /${c.name}  (id ${c.id})`)
console.log('Set the Interactions Endpoint URL to https://<your worker>/integrations/discord.')
