/**
 * The parts of a Telegram update the bot reads (https://core.telegram.org/bots/api#update).
 * Kinds and statuses are plain strings, and unknown fields are ignored, so Telegram adding one
 * never turns an update into an error that it would retry forever.
 */
import { z } from 'zod'

export const User = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
})
export type User = z.infer<typeof User>

export const Chat = z.object({
  id: z.number().int(),
  /** private, group, supergroup or channel */
  type: z.string(),
  title: z.string().optional(),
})

/** url, text_link, mention, email, phone_number, bot_command… Offsets count UTF-16 units. */
export const Entity = z.object({
  type: z.string(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  url: z.string().optional(),
})
export type Entity = z.infer<typeof Entity>

const MessageFields = {
  message_id: z.number().int(),
  from: User.optional(),
  /** Set when an admin posts anonymously as the group itself, or a channel posts. */
  sender_chat: Chat.optional(),
  chat: Chat,
  text: z.string().optional(),
  entities: z.array(Entity).optional(),
  caption: z.string().optional(),
  caption_entities: z.array(Entity).optional(),
  new_chat_members: z.array(User).optional(),
}

export const Message = z.object({
  ...MessageFields,
  reply_to_message: z.object(MessageFields).optional(),
})
export type Message = z.infer<typeof Message>

const ChatMember = z.object({ status: z.string(), user: User })

export const ChatMemberUpdated = z.object({
  chat: Chat,
  /** Who made the change. */
  from: User,
  old_chat_member: ChatMember,
  new_chat_member: ChatMember,
})
export type ChatMemberUpdated = z.infer<typeof ChatMemberUpdated>

export const Update = z.object({
  update_id: z.number().int(),
  message: Message.optional(),
  edited_message: Message.optional(),
  channel_post: Message.optional(),
  edited_channel_post: Message.optional(),
  my_chat_member: ChatMemberUpdated.optional(),
  chat_member: ChatMemberUpdated.optional(),
})
export type Update = z.infer<typeof Update>

/** What a message says, text or a photo's caption, with the entities that go with it. */
export const content = (m: Pick<Message, 'text' | 'entities' | 'caption' | 'caption_entities'>) =>
  m.text !== undefined
    ? { text: m.text, entities: m.entities ?? [] }
    : { text: m.caption ?? '', entities: m.caption_entities ?? [] }
