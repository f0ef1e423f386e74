/**
 * The slash commands, as registered with Discord (`npm run discord:register`) and answered by
 * `route.ts`. Descriptions are at most 100 characters (Discord's limit), in both languages.
 */
const STRING = 3

const zh = (text: string) => ({ 'zh-CN': text, 'zh-TW': text })

/** Discord allows 6000; a contact or one pasted message fits well within this. */
const MAX_CONTACT_LENGTH = 4000
/** The API's own limit for a note (ReportInput). */
const MAX_NOTE_LENGTH = 500

export const COMMANDS = [
  {
    name: 'verify',
    description: 'Check a contact or a whole message against the projects’ real channels',
    description_localizations: zh('查询联系方式或整段消息是否来自项目方的真实渠道'),
    options: [
      {
        type: STRING,
        name: 'contact',
        description: 'A link, @account, email, phone number, or the whole message',
        description_localizations: zh('网址、@账号、邮箱、电话号码，或整段消息'),
        required: true,
        max_length: MAX_CONTACT_LENGTH,
      },
    ],
  },
  {
    name: 'official',
    description: 'Show a project’s real channels',
    description_localizations: zh('列出项目方的真实渠道'),
    options: [
      {
        type: STRING,
        name: 'project',
        description: 'The project’s name, in English or Chinese',
        description_localizations: zh('项目名称（中文或英文）'),
        required: true,
        autocomplete: true,
        max_length: 60,
      },
    ],
  },
  {
    name: 'report',
    description: 'Report a contact as a scam, for Genuine’s moderators to review',
    description_localizations: zh('举报诈骗联系方式，由 Genuine 管理员审核'),
    options: [
      {
        type: STRING,
        name: 'contact',
        description: 'The scam contact: a link, @account, email or phone number',
        description_localizations: zh('诈骗联系方式：网址、@账号、邮箱或电话号码'),
        required: true,
        max_length: 300,
      },
      {
        type: STRING,
        name: 'note',
        description: 'Where you saw it, and what it claimed (optional)',
        description_localizations: zh('在哪里看到的、对方自称什么（选填）'),
        max_length: MAX_NOTE_LENGTH,
      },
    ],
  },
] as const

export type CommandName = (typeof COMMANDS)[number]['name']
