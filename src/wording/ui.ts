/**
 * Every word the lookup page, the extension and the bots add around the engine's own
 * explanations, in both languages. Read by worried people, mostly on a phone, mostly in Chinese:
 * short sentences, plain words, one instruction at a time.
 */
import type { Text } from '../../registry/schema'
import type { Claim, ClaimTopic, ReasonCode, VerdictKind } from '../core/verdict'

export const UI = {
  siteName: { en: 'Genuine', zh: 'Genuine 真伪查询' },
  tagline: {
    en: 'Is this really the support team? Check before you reply.',
    zh: '对方真的是官方客服吗？回复之前，先查一下。',
  },
  description: {
    en: 'Check whether a phone number, website, email or account that claims to be a crypto wallet’s or exchange’s support is real, against the channels each project confirms. Free, open, nothing stored.',
    zh: '核实自称加密钱包或交易所客服的电话、网址、邮箱或账号是否真实：与各项目方亲自确认的官方渠道逐一比对。免费、开源，不保存任何内容。',
  },
  switchTo: { en: '中文', zh: 'English' },
  switchLabel: { en: '切换到中文', zh: 'Switch to English' },
  boxLabel: {
    en: 'Paste the contact, or the whole message the “support agent” sent you',
    zh: '粘贴对方的联系方式，或“客服”发给你的整段消息',
  },
  boxHint: {
    en: 'A phone number, website, email, Telegram or WeChat ID: anything they gave you.',
    zh: '电话号码、网址、邮箱、Telegram 或微信号，对方给你的都可以。',
  },
  boxPrivacy: {
    en: 'Never paste your recovery phrase or private key. What you paste here is not stored.',
    zh: '不要粘贴你的助记词或私钥。你在这里粘贴的内容不会被保存。',
  },
  check: { en: 'Check', zh: '查询' },
  results: { en: 'Result', zh: '查询结果' },
  emptyTitle: { en: 'What can I check?', zh: '可以查什么？' },
  emptyBody: {
    en: 'Someone says they are customer support for your wallet or exchange? Paste what they sent. We compare it with each project’s real channels, which we collect from the projects themselves and sign.',
    zh: '有人自称是你的钱包或交易所的客服？把对方发来的内容粘贴进来。我们会拿它和项目方公布的真实渠道逐一比对；这些渠道都来自项目方本身，并经过签名。',
  },
  examplesTitle: { en: 'Try an example', zh: '试试这些例子' },
  projectsLink: { en: 'Find a project’s real channels', zh: '查找项目方的真实渠道' },
  footer: {
    en: 'Genuine is free and open. It never asks for your recovery phrase, never contacts you first and has no phone line.',
    zh: 'Genuine 免费、开源。我们绝不会索要你的助记词，不会主动联系你，也没有客服电话。',
  },
} satisfies Record<string, Text>

/** The headline of a verdict: the words that carry it, beside an icon (never colour alone). */
export const VERDICT: Record<VerdictKind, { icon: string; title: Text }> = {
  official: { icon: '✓', title: { en: 'Official channel', zh: '官方渠道' } },
  impersonation: { icon: '✕', title: { en: 'Fake: an imitation', zh: '假冒的渠道' } },
  not_offered: {
    icon: '✕',
    title: { en: 'Fake: no such official channel', zh: '假冒：官方没有这个渠道' },
  },
  reported_scam: { icon: '✕', title: { en: 'Known scam', zh: '已知诈骗' } },
  misleading: {
    icon: '!',
    title: { en: 'Misleading: it says false things', zh: '内容不实：说法是假的' },
  },
  unknown: {
    icon: '?',
    title: { en: 'Not in our list: be careful', zh: '不在我们的名单里：请当心' },
  },
  secret_detected: {
    icon: '!',
    title: { en: 'Stop: this is your wallet’s secret', zh: '停！这是你钱包的密钥' },
  },
  invalid: { icon: '?', title: { en: 'We could not read this', zh: '无法识别这段内容' } },
}

/** A lookalike that is probably, not surely, one (confidence `medium`): a caution, not a block. */
const LOOKS_LIKE = { icon: '?', title: { en: 'Looks like an imitation: be careful', zh: '疑似假冒：请当心' } }

/** A whole message whose verdict is a scam reads as one: "this is a scam message". */
const SCAM_MESSAGE: Text = { en: 'This is a scam message', zh: '这是诈骗消息' }
const SCAM: ReadonlySet<VerdictKind> = new Set(['impersonation', 'not_offered', 'reported_scam'])

/** A person's own question about a project (reason `own_question`): an answer, not a warning. */
const QUESTION = { icon: 'i', title: { en: 'Your question: where to ask', zh: '你的提问：该去哪里问' } }

/**
 * The headline of a verdict on a contact, or on a whole message. `reasons`, when given, lets a
 * person's own question read as the answer it is rather than "not in our list".
 */
export function headline(
  kind: VerdictKind,
  message = false,
  confidence?: 'high' | 'medium',
  reasons: readonly ReasonCode[] = [],
): { icon: string; title: Text } {
  if (kind === 'unknown' && reasons.includes('own_question')) return QUESTION
  if (message && SCAM.has(kind)) return { icon: VERDICT[kind].icon, title: SCAM_MESSAGE }
  return kind === 'impersonation' && confidence === 'medium' ? LOOKS_LIKE : VERDICT[kind]
}

/** Never-list lines a card shows before "more": a phone screen, not the whole policy. */
export const NEVER_SHOWN = 3

export const CARD = {
  claims: (name: string): Text => ({ en: `Pretends to be ${name}`, zh: `冒充${name}` }),
  belongsTo: (name: string): Text => ({ en: `Belongs to ${name}`, zh: `属于${name}` }),
  useInstead: { en: 'Use the real channel instead', zh: '请改用真实渠道' },
  thisIsReal: { en: 'The real channel', zh: '真实渠道' },
  allChannels: (name: string): Text => ({
    en: `All real channels of ${name}`,
    zh: `${name}的全部真实渠道`,
  }),
  neverTitle: (name: string): Text => ({
    en: `${name}’s official support never:`,
    zh: `${name}官方客服绝不会：`,
  }),
  nextTitle: { en: 'What to do now', zh: '现在该怎么做' },
  nextBad: {
    en: 'Stop replying to them. Do not send money, do not install anything they suggest, and never share your recovery phrase. Contact the project only through its real channel.',
    zh: '不要再回复对方。不要转账，不要安装对方让你装的任何软件，绝不要透露助记词。只通过项目方的真实渠道联系。',
  },
  unknownNext: {
    en: 'Before you reply, find the project’s real channels and reach it only there.',
    zh: '回复之前，先找到项目方的真实渠道，只通过那里联系。',
  },
  findProject: { en: 'Find a project’s real channels', zh: '查找真实渠道' },
  readAs: { en: 'Reads as:', zh: '实际是：' },
  /** A medium-confidence lookalike: what it resembles, and where the real one is. */
  looksLike: (name: string, real: string): Text => ({
    en: `This looks like ${name}, but it is not one of ${name}’s channels. ${name}’s real site is ${real}.`,
    zh: `它看起来像${name}，但不是${name}的渠道。${name}真正的官网是 ${real}。`,
  }),
  neverMore: (n: number): Text => ({ en: `${n} more`, zh: `还有 ${n} 条` }),
  /** Under a confirmed email: the address is real, but a sender's address can be forged. */
  emailSpoof: {
    en: 'The address is official, but anyone can fake a sender’s address: if this email wrote to you first, or asks for your recovery phrase or a transfer, it is a scam.',
    zh: '这个地址是官方的，但发件人地址可以伪造：如果这封邮件是对方先发给你的，或者向你索要助记词、要求你转账，那就是诈骗。',
  },
  staleNote: {
    en: 'Our list is out of date right now, so we do not confirm anything as official until it is renewed.',
    zh: '我们的名单暂时过期了，在更新之前，我们不会把任何渠道判定为官方。',
  },
  redFlagsTitle: { en: 'Warning signs in the message', zh: '消息里的危险信号' },
  messageTitle: { en: 'The whole message', zh: '整段消息' },
  contactsFound: (n: number): Text => ({
    en: n === 1 ? 'We found 1 contact in it.' : `We found ${n} contacts in it.`,
    zh: `我们从中找到 ${n} 个联系方式。`,
  }),
  noContacts: {
    en: 'We found no contact to check in it.',
    zh: '我们没有从中找到可以查询的联系方式。',
  },
  invalidHelp: {
    en: 'Paste a phone number, a web address, an email, an account name (like @name), or the whole message.',
    zh: '请粘贴电话号码、网址、邮箱、账号名（如 @name），或整段消息。',
  },
} as const

/** What a text says about a project, each thing judged against the project's own words. */
export const CLAIMS = {
  title: (name: string): Text => ({ en: `What it says about ${name}`, zh: `它对${name}的说法` }),
  /** Before the text's own words. */
  quoted: { en: 'The text:', zh: '原文：' },
}

/** A claim's mark: an icon and the words (never colour alone). False ones are shown first. */
export const CLAIM_TRUTH: Record<Claim['truth'], { icon: string; title: Text }> = {
  false: { icon: '✕', title: { en: 'Not true', zh: '不实' } },
  unverified: { icon: '?', title: { en: 'Cannot be confirmed', zh: '无法确认' } },
  true: { icon: '✓', title: { en: 'True', zh: '属实' } },
}

/** A claim on one line, as the bots give it: "✕ 不实：这段文字说…". */
export function claimLine(c: Claim): Text {
  const { icon, title } = CLAIM_TRUTH[c.truth]
  return {
    en: `${icon} ${title.en}: ${c.explanation.en}`,
    zh: `${icon} ${title.zh}：${c.explanation.zh}`,
  }
}

/** Claims in the order a reader needs them: what is false first, then unconfirmed, then true. */
export function claimsInOrder(claims: readonly Claim[]): Claim[] {
  const rank = Object.keys(CLAIM_TRUTH)
  return [...claims].sort((a, b) => rank.indexOf(a.truth) - rank.indexOf(b.truth))
}

/** The warning shown when a recovery phrase or private key is found, in the browser or on the server. */
export const SECRET = {
  title: { en: 'Do not send this to anyone.', zh: '不要把它发给任何人。' },
  what: {
    en: 'What you pasted looks like a wallet recovery phrase or private key. It was checked on this device and sent nowhere. Whoever has it can take everything in your wallet.',
    zh: '你粘贴的内容像是钱包的助记词或私钥。它只在你的设备上检查，没有发送到任何地方。谁拿到它，谁就能转走你钱包里的全部资产。',
  },
  /** When the server found it: it did leave the device, so say so and what that means. */
  whatSent: {
    en: 'What you sent looks like a wallet recovery phrase or private key. It reached our server to be checked (we did not keep it), so it has left your device: treat it as exposed. Whoever has it can take everything in your wallet.',
    zh: '你提交的内容像是钱包的助记词或私钥。它已发送到我们的服务器进行检查（我们没有保存），也就是说它已经离开了你的设备，请当作已经泄露。谁拿到它，谁就能转走你钱包里的全部资产。',
  },
  moveNow: {
    en: 'Move your funds now: create a new wallet, with a new recovery phrase, and transfer everything to it.',
    zh: '请马上转移资产：新建一个钱包（生成新的助记词），把资产全部转过去。',
  },
  steps: [
    {
      en: 'Do not share it: not with “support”, not with us, not with anyone. Official support never asks for it.',
      zh: '不要给任何人：不给“客服”，不给我们，也不给其他任何人。官方客服绝不会向你索要。',
    },
    {
      en: 'If you already gave it to someone: create a new wallet now, with a new recovery phrase, and move all your funds to it. Do it before anything else.',
      zh: '如果你已经发给了别人：马上新建一个钱包（生成新的助记词），把资产全部转过去。这件事最要紧，先做。',
    },
    {
      en: 'Then delete it from this box and from your clipboard.',
      zh: '然后把它从输入框和剪贴板里删掉。',
    },
  ],
} satisfies Record<string, Text | Text[]>

export const REPORT = {
  button: { en: 'Report', zh: '举报' },
  send: { en: 'Send report', zh: '提交举报' },
  noteLabel: { en: 'Where did you see it? (optional)', zh: '你在哪里看到的？（选填）' },
  done: (contact: string): Text => ({
    en: `Thank you. We received your report of “${contact}”. A moderator will review it.`,
    zh: `谢谢。我们已收到你对“${contact}”的举报，管理员会尽快审核。`,
  }),
  failed: {
    en: 'Your report could not be sent. Please try again in a minute.',
    zh: '举报没有发送成功，请稍后再试。',
  },
  notReportable: {
    en: 'This cannot be reported. Report one contact at a time: a phone number, a web address, an email or an account. Official channels cannot be reported.',
    zh: '无法举报这条内容。请每次只举报一个联系方式：电话号码、网址、邮箱或账号。官方渠道不能被举报。',
  },
  privacy: {
    en: 'Only the contact and your note are stored, nothing else you pasted.',
    zh: '我们只保存这个联系方式和你的备注，不保存你粘贴的其他内容。',
  },
  back: { en: 'Check something else', zh: '再查一个' },
} as const

/** A claim's topic, as a dispute form names it: "不实：客服电话". */
export const CLAIM_TOPIC: Record<ClaimTopic, Text> = {
  phone_support: { en: 'phone support', zh: '客服电话' },
  live_chat: { en: 'online chat support', zh: '在线客服' },
  email_support: { en: 'email support', zh: '邮件客服' },
  wechat_support: { en: 'support on WeChat', zh: '微信客服' },
  qq_support: { en: 'support on QQ', zh: 'QQ 客服' },
  password_reset: { en: 'resetting passwords', zh: '重置密码' },
  account_freeze: { en: 'freezing accounts', zh: '冻结账户' },
  fund_recovery: { en: 'recovering funds', zh: '追回资产' },
  international_version: { en: 'an “international version”', zh: '国际版' },
  refund: { en: 'refunds', zh: '退款' },
}

/** "This verdict is wrong": a small path under official and flagged results, and under claims. */
export const DISPUTE = {
  button: { en: 'Is this verdict wrong?', zh: '这个结论有误？' },
  whatWrong: { en: 'What is wrong?', zh: '哪里不对？' },
  whichClaim: { en: 'Which of these is judged wrongly?', zh: '哪一条判断有误？' },
  notOfficial: (name: string | null): Text =>
    name
      ? { en: `This is not (or no longer) ${name}’s channel`, zh: `这不是（或已不再是）${name}的渠道` }
      : { en: 'This is not (or no longer) an official channel', zh: '这不是（或已不再是）官方渠道' },
  isOfficial: (name: string | null): Text =>
    name
      ? { en: `This is ${name}’s real channel`, zh: `这是${name}的真实渠道` }
      : { en: 'This is a real official channel', zh: '这是真实的官方渠道' },
  notAScam: {
    en: 'It is no scam, though it is not the project’s own',
    zh: '它不是诈骗，只是不属于这个项目',
  },
  other: { en: 'Something else (say what below)', zh: '其他（请在下面说明）' },
  claim: (truth: Text, topic: Text): Text => ({
    en: `${truth.en}: ${topic.en}`,
    zh: `${truth.zh}：${topic.zh}`,
  }),
  noteLabel: { en: 'Why? (optional)', zh: '为什么？（选填）' },
  privacy: {
    en: 'Only what is named here, your choice and your note are sent; nothing else you pasted.',
    zh: '只发送这里列出的内容、你的选择和备注，不发送你粘贴的其他内容。',
  },
  send: { en: 'Send', zh: '提交' },
  done: {
    en: 'Thank you. A moderator will look at it, and correct our list if we are wrong.',
    zh: '谢谢。管理员会审核；如果是我们错了，会更正名单。',
  },
  failed: {
    en: 'It could not be sent. Please try again in a minute.',
    zh: '没有发送成功，请稍后再试。',
  },
  notDisputable: {
    en: 'This cannot be disputed. Only an official or a flagged result can be, one contact or claim at a time.',
    zh: '无法提出异议。只有被判定为官方或有问题的结果可以提出异议，每次一个联系方式或一条说法。',
  },
} as const

/** Error pages of the lookup page, by HTTP status (the API answers the same statuses in JSON). */
export const PAGE_ERROR: Record<400 | 403 | 404 | 405 | 413 | 500, Text> = {
  400: { en: 'This request could not be read. Go back and try again.', zh: '无法读取这个请求。请返回后重试。' },
  403: {
    en: 'This form was sent from another site, so it was refused. Use the form on this site.',
    zh: '这个表单来自其他网站，已被拒绝。请使用本网站上的表单。',
  },
  404: { en: 'There is no page here.', zh: '这里没有页面。' },
  405: { en: 'This page cannot be used this way.', zh: '不能这样使用这个页面。' },
  413: {
    en: 'That is too long to check. Paste only the contact, or the message itself.',
    zh: '内容太长，无法查询。请只粘贴联系方式，或消息本身。',
  },
  500: { en: 'Something went wrong on our side. Please try again.', zh: '我们这边出了问题，请重试。' },
}

export const PROJECTS = {
  title: { en: 'Find a project’s real channels', zh: '查找项目方的真实渠道' },
  searchLabel: {
    en: 'Project name, in English or Chinese',
    zh: '项目名称（中文或英文都可以）',
  },
  search: { en: 'Search', zh: '搜索' },
  none: (q: string): Text => ({
    en: `No project matches “${q}”. Try another name or spelling.`,
    zh: `没有找到与“${q}”匹配的项目，换个名称或写法试试。`,
  }),
  all: { en: 'All projects', zh: '全部项目' },
  howToReach: (name: string): Text => ({
    en: `How to reach ${name} for real`,
    zh: `如何联系${name}的真实渠道`,
  }),
  intro: {
    en: 'These are the only channels we have confirmed from the project itself. Anything else claiming to be it is not on this list.',
    zh: '以下是我们从项目方本身确认过的渠道。任何自称是它、却不在这个名单里的，都不是官方。',
  },
  getHelp: { en: 'To get help, use these', zh: '需要帮助，请用这些渠道' },
  otherChannels: { en: 'Its other channels', zh: '其他官方渠道' },
  unconfirmedTitle: { en: 'Not yet confirmed', zh: '尚未确认' },
  unconfirmedNote: {
    en: 'Only a third party vouches for these. We do not call them official; prefer the channels above.',
    zh: '这些渠道只有第三方提到过，我们不把它们算作官方。请优先使用上面的渠道。',
  },
  aliases: { en: 'Also known as', zh: '也叫' },
  notFound: { en: 'We have no project with this name.', zh: '我们没有这个项目。' },
} as const

/** Examples a person can try from the empty state: one of each verdict they will meet. */
export const EXAMPLES: readonly string[] = [
  'TP钱包客服电话：400-888-1234',
  'tokenpocket-support.com',
  'service@tokenpocket.pro',
]
