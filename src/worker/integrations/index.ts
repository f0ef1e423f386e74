/**
 * The moderators' bots, mounted by `src/worker/app.ts` at `/integrations`: Discord HTTP
 * interactions and the Telegram webhook. Each is off (404) until its secret is configured.
 */
import { Hono } from 'hono'
import type { Env } from '../env'
import discord from './discord/route'
import telegram from './telegram/route'

const integrations = new Hono<Env>()
integrations.route('/discord', discord)
integrations.route('/telegram', telegram)

export default integrations
