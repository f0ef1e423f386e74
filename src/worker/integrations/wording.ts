/**
 * The few words only the bots say. Everything about a verdict (headline, explanation, real
 * channel, "never" list) is the page's and the engine's wording, reused as is.
 */
import type { Text } from '../../../registry/schema'

export const BOT = {
  verifyUsage: {
    en: 'Send /verify followed by a link, @account, email, phone number or a whole message, or reply /verify to the message you want checked.',
    zh: '发送 /verify 加上网址、@账号、邮箱、电话号码或整段消息；也可以回复某条消息并发送 /verify 来检查它。',
  },
  /** Never quotes what was asked: in a group, it may be someone's recovery phrase. */
  noProject: {
    en: 'No project has that name. Send /official followed by a project’s name, for example: /official TokenPocket',
    zh: '没有找到这个名称的项目。请发送 /official 加上项目名称，例如：/official TP钱包',
  },
  officialUsage: {
    en: 'Send /official followed by a project’s name, for example: /official TokenPocket',
    zh: '发送 /official 加上项目名称，例如：/official TP钱包',
  },
  reportUsage: {
    en: 'Send /report followed by the scam contact and, optionally, a note: /report +86 400 123 4567 called me as TP support. Or reply /report to the scam message.',
    zh: '发送 /report 加上诈骗联系方式，后面可以附上备注：/report +86 400 123 4567 自称TP客服打电话给我。也可以回复诈骗消息并发送 /report。',
  },
  nothingToReport: {
    en: 'That message holds no contact to report: no link, email address, phone number or account other than official ones.',
    zh: '这条消息里没有可举报的联系方式：除官方渠道外，没有网址、邮箱、电话号码或账号。',
  },
  notReportable: {
    en: 'This cannot be reported. Report one contact (a link, email address, phone number or account), never a whole message, a recovery phrase, or an official channel.',
    zh: '无法举报。请只举报一个联系方式（网址、邮箱、电话号码或账号），不要提交整段消息、助记词或官方渠道。',
  },
  tooManyReports: {
    en: 'You have sent many reports in the last hour. Please try again later.',
    zh: '你在过去一小时内提交的举报太多了，请稍后再试。',
  },
  unknownCommand: {
    en: 'I know /verify, /official and /report.',
    zh: '可用的命令：/verify（查询）、/official（官方渠道）、/report（举报）。',
  },
  help: {
    en: 'Genuine checks whether a contact really belongs to a crypto project’s support team. Forward me a message, or use /verify, /official and /report. In a group, an admin can turn on /guard on: I then warn about fake contacts and impersonating new members.',
    zh: 'Genuine 帮你核实联系方式是否真的属于加密项目的官方客服。把消息转发给我，或使用 /verify（查询）、/official（官方渠道）、/report（举报）。在群组里，管理员可以发送 /guard on 开启守护：我会提醒大家注意假冒的联系方式和冒充官方的新成员。',
  },
  guardOn: {
    en: 'Guard is on: I will warn about fake and reported contacts, and about new members who imitate official accounts. Official and unknown contacts get no reply.',
    zh: '守护已开启：遇到假冒或已被举报的联系方式、冒充官方账号的新成员时，我会提醒大家。官方和未知的联系方式不会回复。',
  },
  guardOff: { en: 'Guard is off.', zh: '守护已关闭。' },
  guardUsage: {
    en: 'Admins: /guard on or /guard off.',
    zh: '管理员可发送 /guard on 开启或 /guard off 关闭守护。',
  },
  guardAdminsOnly: {
    en: 'Only a group admin I know of can change this: the admin who made me an admin, admins promoted since, or any admin posting anonymously as the group.',
    zh: '只有我确认过的管理员才能更改：把我设为管理员的那位、之后被任命的管理员，或以群组身份匿名发言的管理员。',
  },
  guardGroupsOnly: { en: 'Guard works in groups.', zh: '守护功能只能在群组中使用。' },
  guardWarning: {
    en: '⚠️ Careful: this message holds a fake or reported contact',
    zh: '⚠️ 注意：这条消息里有假冒或已被举报的联系方式',
  },
  memberWarning: {
    en: '⚠️ Careful: a new member imitates an official account',
    zh: '⚠️ 注意：有新成员冒充官方账号',
  },
  memberAdvice: {
    en: 'Official support never messages you first. Do not answer private messages from this account.',
    zh: '官方客服从不主动私信。不要回复这个账号的私信。',
  },
} satisfies Record<string, Text>
