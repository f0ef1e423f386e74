/**
 * Guard mode per chat, and the admins allowed to switch it, in D1 (migrations/0002).
 *
 * Who is an admin, without calling Telegram back: Telegram itself tells the webhook. When someone
 * makes the bot an admin, a `my_chat_member` update names them (only an admin can promote);
 * `chat_member` updates name each user promoted or demoted later; and an admin posting
 * anonymously speaks as the group itself (`sender_chat` is the chat). Admins from before the
 * bot was promoted are unknown until one of those happens: the trade-off for never asking
 * Telegram (no token in the Worker, no outbound call on the webhook's path).
 */
import type { ChatMemberUpdated, Message } from './update'

const ADMIN = new Set(['creator', 'administrator'])

export async function isGuarded(db: D1Database, chatId: number): Promise<boolean> {
  const row = await db
    .prepare('SELECT enabled FROM telegram_guard WHERE chat_id = ?')
    .bind(chatId)
    .first<{ enabled: number }>()
  return row?.enabled === 1
}

export async function setGuard(db: D1Database, chatId: number, enabled: boolean, by: number) {
  await db
    .prepare(
      `INSERT INTO telegram_guard (chat_id, enabled, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (chat_id) DO UPDATE SET enabled = ?2, changed_by = ?3, changed_at = ?4`,
    )
    .bind(chatId, enabled ? 1 : 0, by, new Date().toISOString())
    .run()
}

/** The message's sender is an admin of its group, as far as Telegram has told us. */
export async function sentByAdmin(db: D1Database, m: Message): Promise<boolean> {
  if (m.sender_chat?.id === m.chat.id) return true
  if (!m.from) return false
  const row = await db
    .prepare('SELECT 1 AS known FROM telegram_admins WHERE chat_id = ? AND user_id = ?')
    .bind(m.chat.id, m.from.id)
    .first()
  return row !== null
}

/**
 * Learns from a membership change. For the bot's own (`my_chat_member`): whoever made it an
 * admin is one; once it leaves, everything about the chat is forgotten. For anyone else's
 * (`chat_member`): a promotion adds them, a demotion removes them.
 */
export async function learnAdmins(db: D1Database, u: ChatMemberUpdated, mine: boolean) {
  const chat = u.chat.id
  const status = u.new_chat_member.status
  const now = new Date().toISOString()
  const add = (user: number) =>
    db
      .prepare('INSERT OR IGNORE INTO telegram_admins (chat_id, user_id, since) VALUES (?, ?, ?)')
      .bind(chat, user, now)
  if (mine) {
    if (status === 'left' || status === 'kicked') {
      await db.batch([
        db.prepare('DELETE FROM telegram_admins WHERE chat_id = ?').bind(chat),
        db.prepare('DELETE FROM telegram_guard WHERE chat_id = ?').bind(chat),
      ])
    } else if (status === 'administrator') {
      await add(u.from.id).run()
    }
    return
  }
  const user = u.new_chat_member.user.id
  if (ADMIN.has(status)) await add(user).run()
  else if (ADMIN.has(u.old_chat_member.status)) {
    await db
      .prepare('DELETE FROM telegram_admins WHERE chat_id = ? AND user_id = ?')
      .bind(chat, user)
      .run()
  }
}
