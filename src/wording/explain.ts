/**
 * The words a person reads with every verdict, in English and Simplified Chinese. Written for a
 * frightened, non-technical reader: say what it is, why, and what to do, in that order.
 */
import type {
  Channel,
  ChannelType,
  CitedSource,
  Never,
  Project,
  Reported,
  Support,
  Text,
} from '../../registry/schema'
import type { Claim, ClaimTopic, ContactKind, InputError, NeverAdvice, ReasonCode } from '../core/verdict'
import type { ClaimEvidence } from '../core/engine/claims'
import { CHANNEL, kindNoun, ROLE, shownValue } from './labels'

/** Why a lookalike is one, as a clause that follows "because". */
const WHY: Partial<Record<ReasonCode, Text>> = {
  homoglyph: { en: 'it swaps in characters that look alike', zh: '用了外形相似的字符冒充' },
  mixed_script: {
    en: 'it mixes letters from different alphabets',
    zh: '混用了不同文字系统的字母',
  },
  whole_script_confusable: {
    en: 'it is spelt in another alphabet whose letters look Latin',
    zh: '整个名字用另一种文字的字母拼成，看上去像英文',
  },
  punycode: {
    en: 'it is an encoded (punycode) name made to display like the real one',
    zh: '是经过编码（punycode）的域名，显示出来很像真的',
  },
  edit_distance: { en: 'it differs from the real name by a letter or two', zh: '和真名只差一两个字母' },
  transposition: { en: 'two letters of the real name are swapped', zh: '把真名里的两个字母调换了位置' },
  target_embedding: {
    en: 'it puts the real name inside somebody else’s address',
    zh: '把真名嵌进了别人的网址里',
  },
  combo_squatting: {
    en: 'it adds words such as “support”, “help” or “kefu” to the real name',
    zh: '在真名上加了“support”“help”“kefu（客服）”之类的词',
  },
  tld_swap: {
    en: 'it has the real name with a different ending (such as .com instead of .pro)',
    zh: '名字一样，但换了域名后缀（比如把 .pro 换成 .com）',
  },
  shared_hosting: {
    en: 'it sits on a free hosting service anyone can sign up for',
    zh: '建在任何人都能注册的免费托管平台上',
  },
  brand_in_handle: {
    en: 'the account name uses the brand but is not one of its accounts',
    zh: '账号名里带着品牌名，但并不是官方账号',
  },
  brand_in_email: {
    en: 'the address uses the brand’s name but is not one of its addresses',
    zh: '邮箱地址用了品牌名，但不是官方邮箱',
  },
  free_email_provider: {
    en: 'it is a free mailbox (such as Gmail or QQ Mail), which official support never writes from',
    zh: '它是免费邮箱（如 Gmail、QQ 邮箱），官方客服从不用这种邮箱',
  },
  claimed_project: {
    en: 'it claims to speak for the project but is not one of its channels',
    zh: '自称是官方，但并不在官方渠道之列',
  },
  red_flags: {
    en: 'the message asks for things the project never asks for',
    zh: '消息向你索要官方从不索要的东西',
  },
}

const ERRORS: Record<InputError, Text> = {
  empty: {
    en: 'Nothing to check yet. Paste a contact, or the whole message you received.',
    zh: '还没有内容。请粘贴对方的联系方式，或收到的整段消息。',
  },
  too_long: {
    en: 'That is too long to check in one go. Paste one contact or one message.',
    zh: '内容太长，无法一次检查。请只粘贴一个联系方式或一段消息。',
  },
  bad_type: { en: 'Expected text to check.', zh: '需要提供要检查的文字。' },
  malformed_url: {
    en: 'That does not look like a working web address. Check it was copied whole.',
    zh: '这不像一个有效的网址，请确认复制完整。',
  },
  malformed_email: {
    en: 'That does not look like a valid email address.',
    zh: '这不像一个有效的邮箱地址。',
  },
  malformed_phone: {
    en: 'That does not look like a valid phone number.',
    zh: '这不像一个有效的电话号码。',
  },
  unrecognised: {
    en: 'We could not tell what kind of contact this is. Try a web address, an email, a phone number or an account name such as @name.',
    zh: '无法识别这是哪种联系方式。请试试网址、邮箱、电话号码，或 @用户名 这样的账号。',
  },
}

const UNKNOWN: Text = {
  en: 'This is not in Genuine’s registry. That does not make it safe, nor a scam: Genuine lists only the channels projects confirm as their own. If this contact reached out to you first, or asks for your recovery phrase, private key, password or a fee, it is a scam.',
  zh: '这个联系方式不在 Genuine 的名单里。这既不代表它安全，也不代表它一定是骗子：我们只收录各项目亲自确认的官方渠道。如果是对方先联系你，或者向你索要助记词、私钥、密码或任何费用，那就是骗局。',
}

const UNKNOWN_ID: Text = {
  en: 'This looks like an account name or ID: a WeChat or QQ ID, or a Telegram or X username. It is not in Genuine’s registry: no project lists it as one of its own accounts. That alone does not make it a scam, but if it was given to you as a wallet’s or an exchange’s customer service, do not trust it: find the project’s real support on its official site or in its app, and never send anyone your recovery phrase, private key, password or a fee.',
  zh: '这看起来是一个账号名或 ID：微信号、QQ 号，或 Telegram、X 的用户名。它不在 Genuine 的名单里：没有任何项目把它列为自己的官方账号。这本身不代表它是骗子；但如果有人说它是某个钱包或交易所的客服，请不要相信，去项目官网或 App 里找真正的客服。无论如何，都不要把助记词、私钥、密码或任何费用交给任何人。',
}

const NEVER_SHARE: Text = {
  en: 'Never share it with anyone: no real support team ever asks for it. If you have already sent it to someone, move your funds to a new wallet right now.',
  zh: '绝对不要发给任何人：真正的客服从来不会索要。如果你已经发给了别人，请立刻把资产转到一个新钱包。',
}

const t = (en: string, zh: string): Text => ({ en, zh })

/** "TokenPocket (TP钱包)" reads better than either name alone when they differ. */
const name = (p: Project): Text => t(p.name.en, p.name.zh)

/**
 * Wording fixed by the project alone, made once per project and channel: nearly every verdict
 * carries it, and building it anew was a visible part of a check. Verdicts are immutable JSON, so
 * they may share these objects.
 */
const NEVER = new WeakMap<Project, NeverAdvice[]>()
const USE_INSTEAD = new WeakMap<Channel, Text>()

/** Names the channel to use instead, as a sentence; `real` is one of `p`'s own channels. */
function useInstead(p: Project, real: Channel | null): Text {
  if (!real) return t('', '')
  let text = USE_INSTEAD.get(real)
  if (!text) USE_INSTEAD.set(real, (text = insteadText(p, real)))
  return text
}

function insteadText(p: Project, real: Channel): Text {
  const n = name(p)
  return t(
    ` Use ${n.en}’s real ${CHANNEL[real.type].noun.en} instead: ${shownValue(real)}.`,
    `请改用${n.zh}真正的${CHANNEL[real.type].noun.zh}：${shownValue(real)}。`,
  )
}

const join = (a: Text, b: Text): Text => t(a.en + b.en, a.zh + b.zh)

/** A sentence used as a clause: its full stop dropped. */
const clause = (s: string): string => s.replace(/[.。]$/, '')

/**
 * The reasons' clauses, after a dash: ' — a; b'. Built in one loop, without the arrays a map and
 * filter make: most verdicts a check gives are impersonations, and this was a visible part of them.
 */
function becauseOf(reasons: readonly ReasonCode[]): Text {
  let en = ''
  let zh = ''
  for (const r of reasons) {
    const why = WHY[r]
    if (!why) continue
    en += en ? `; ${why.en}` : ` — ${why.en}`
    zh += zh ? `；${why.zh}` : `：${why.zh}`
  }
  return t(en, zh)
}

/** What a `not_offered` verdict rests on: a never statement, or the complete support list. */
export interface NotOfferedEvidence {
  fact: Never | Support
  from: 'never' | 'support'
}

/**
 * Where and when a fact was read, as a verdict cites it: the first first-party source's site and
 * the date its words are known to have been there ('help.tokenpocket.pro, 2023-09-27').
 */
function cite(sources: readonly CitedSource[]): Text {
  const s = sources.find((x) => x.publisher === 'first_party') ?? sources[0]
  if (!s) return t('', '')
  let where = s.url
  try {
    const url = new URL(s.url)
    if (url.protocol === 'https:') {
      where = url.host.replace(/^www\./, '')
      // A repository, not all of GitHub: 'github.com/okx/okexchain-docs'.
      if (where === 'github.com') where += url.pathname.split('/').slice(0, 3).join('/')
    }
  } catch {
    // not a URL (a confirmed community report's id): cite it as written
  }
  const date = s.as_of ?? s.retrieved_at
  return t(`${where}, ${date}`, `${where}，${date}`)
}

/** Listings whose id stays with the brand that published them. */
const STORE_TYPES: ReadonlySet<ChannelType> = new Set(['app_store', 'play_store', 'chrome_web_store'])

/** What a former, related or given-up channel is; `label` says whose and what, when known. */
const STATUS: Record<'legacy' | 'affiliate' | 'revoked', (n: Text, k: Text) => Text> = {
  legacy: (n, k) =>
    t(
      `is ${n.en}’s former ${k.en}: ${n.en} no longer uses it.`,
      `是${n.zh}以前使用的${k.zh}，${n.zh}现在已不再使用。`,
    ),
  affiliate: (n, k) =>
    t(
      `belongs to a company related to ${n.en}, not to ${n.en} itself: it is not ${n.en}’s official ${k.en}, nor a fake of it.`,
      `属于与${n.zh}相关的另一家公司，而不是${n.zh}本身：它不是${n.zh}的官方${k.zh}，也不是仿冒。`,
    ),
  revoked: (n, k) =>
    t(
      `was ${n.en}’s ${k.en}, but ${n.en} has given it up: whoever holds it now is not ${n.en}.`,
      `曾经是${n.zh}的${k.zh}，但${n.zh}已经放弃：现在持有它的人不是${n.zh}。`,
    ),
}

/** What a claim says the project has or does, as it reads after "This text says TP钱包 …". */
const CLAIMED: Record<ClaimTopic, { has: Text; none: Text; verb?: Text }> = {
  phone_support: { has: t('has a customer-service phone line', '有客服电话'), none: t('has no customer-service phone line', '没有客服电话') },
  live_chat: { has: t('has online chat support', '有在线客服'), none: t('has no online chat support', '没有在线客服') },
  email_support: { has: t('has email support', '有邮件客服'), none: t('has no email support', '没有邮件客服') },
  wechat_support: { has: t('has support on WeChat', '有微信客服'), none: t('has no support on WeChat', '没有微信客服') },
  qq_support: { has: t('has support on QQ', '有 QQ 客服'), none: t('has no support on QQ', '没有 QQ 客服') },
  password_reset: {
    has: t('can reset your password', '能帮你重置或找回密码'),
    none: t('cannot reset your password', '不能帮你重置密码'),
    verb: t('reset your password', '重置或找回密码'),
  },
  account_freeze: {
    has: t('freezes and unfreezes accounts', '会冻结、解冻账户'),
    none: t('does not freeze accounts', '不会冻结账户'),
    verb: t('freeze or unfreeze your wallet', '冻结或解冻你的钱包'),
  },
  fund_recovery: {
    has: t('can recover lost funds', '能追回丢失的资产'),
    none: t('cannot recover lost funds', '无法追回丢失的资产'),
    verb: t('recover funds for you', '替你追回资产'),
  },
  international_version: { has: t('has an “international version”', '有“国际版”'), none: t('has no “international version”', '没有“国际版”') },
  refund: {
    has: t('gives refunds', '可以退款'),
    none: t('gives no refunds', '不能退款'),
    verb: t('refund a transfer', '退回一笔转账'),
  },
}

/** The ways a project names for support, as a list: "email and online chat in its app". */
function viaList(s: Support): Text {
  const words = s.via.map((v) =>
    v === 'in_app_chat'
      ? t('online chat in its app and on its site', 'App 内和官网的在线客服')
      : v === 'web_form'
        ? t('a form on its site', '官网表单')
        : v === 'email'
          ? t('email', '邮件')
          : CHANNEL[v].name,
  )
  return t(words.map((w) => w.en).join(' and '), words.map((w) => w.zh).join('和'))
}

export const explain = {

  /**
   * One claim of a text, judged: what the text says, what the project's own words say, and their
   * source and date ("This text says TP钱包 has a customer-service phone line. TP钱包 has none:
   * its own support page names only email and online chat in its app and on its site
   * (help.tokenpocket.pro, 2023-09-27).").
   */
  claim(p: Project, topic: ClaimTopic, says: 'yes' | 'no', evidence: ClaimEvidence | null): Text {
    const n = name(p)
    const words = CLAIMED[topic]
    const said = says === 'yes' ? words.has : words.none
    const head = t(`This text says ${n.en} ${said.en}.`, `这段文字说${n.zh}${said.zh}。`)
    if (!evidence) {
      return join(
        head,
        t(
          ` Genuine has no word from ${n.en} itself on this, so it cannot confirm it either way: rely only on ${n.en}’s official channels.`,
          `Genuine 没有${n.zh}自己关于这一点的说法，无法确认真假：请只相信${n.zh}的官方渠道。`,
        ),
      )
    }
    const c = cite(evidence.fact.sources)
    const truth = evidence.holds === (says === 'yes')
    if (evidence.from === 'custody') {
      const verb = words.verb ?? words.has
      return join(
        head,
        t(
          ` That is not possible: ${n.en} is a self-custody wallet (${c.en}), so only you hold your keys and nobody, ${n.en} included, can ${verb.en}.`,
          `这不可能：${n.zh}是自托管钱包（来源：${c.zh}），钥匙只在你自己手里，任何人（包括${n.zh}）都无法${verb.zh}。`,
        ),
      )
    }
    if (evidence.from === 'never') {
      return join(
        head,
        t(
          ` ${truth ? 'That is true' : 'That is not true'}: ${clause(evidence.fact.statement.en)} (source: ${c.en}).`,
          `${truth ? '这是真的' : '这不是真的'}：${clause(evidence.fact.statement.zh)}（来源：${c.zh}）。`,
        ),
      )
    }
    if (evidence.from === 'channel') {
      const ch = evidence.fact
      return join(
        head,
        t(
          ` ${truth ? 'That is true' : 'That is not true'}: ${n.en}’s official ${CHANNEL[ch.type].noun.en} is ${shownValue(ch)} (source: ${c.en}).`,
          `${truth ? '这是真的' : '这不是真的'}：${n.zh}的官方${CHANNEL[ch.type].noun.zh}是 ${shownValue(ch)}（来源：${c.zh}）。`,
        ),
      )
    }
    const via = viaList(evidence.fact)
    return join(
      head,
      truth
        ? evidence.holds
          ? t(
              ` That is true: ${n.en}’s own help center names ${via.en} (${c.en}). Open it from inside the ${n.en} app or its official site, never from a link or number in this text.`,
              `这是真的：${n.zh}自己的帮助中心写明了${via.zh}（来源：${c.zh}）。请从${n.zh} App 内或官网进入，不要用这段文字里的链接或号码。`,
            )
          : t(
              ` That is true: ${n.en}’s own help center names only ${via.en} (${c.en}).`,
              `这是真的：${n.zh}自己的帮助中心只写明了${via.zh}（来源：${c.zh}）。`,
            )
        : evidence.holds
          ? t(
              ` That is not true: ${n.en}’s own help center names ${via.en} (${c.en}).`,
              `这不是真的：${n.zh}自己的帮助中心写明了${via.zh}（来源：${c.zh}）。`,
            )
          : t(
              ` ${n.en} has none: its own help center names only ${via.en} (${c.en}).`,
              `${n.zh}并没有：它自己的帮助中心只写明了${via.zh}（来源：${c.zh}）。`,
            ),
    )
  },

  /** A text whose worst finding is false claims about a project. */
  misleading(p: Project, falseClaims: readonly Claim[], real: Channel | null): Text {
    const n = name(p)
    const k = falseClaims.length
    const first = falseClaims[0]!.explanation
    return join(
      join(
        t(
          `This text is misleading about ${n.en}: ${k} thing${k > 1 ? 's' : ''} it says ${k > 1 ? 'are' : 'is'} not true (listed below). `,
          `这段文字对${n.zh}的说法不实：有 ${k} 处说法是假的（见下方）。`,
        ),
        first,
      ),
      useInstead(p, real),
    )
  },
  official(p: Project, c: Channel): Text {
    const n = name(p)
    const base = t(
      `This is ${n.en}’s official ${CHANNEL[c.type].noun.en}.`,
      `这是${n.zh}的官方${CHANNEL[c.type].noun.zh}。`,
    )
    const src = cite(c.sources)
    const from = t(` Confirmed from ${src.en}.`, `来源：${src.zh}。`)
    if (c.role === 'support') return join(base, from)
    const role = ROLE[c.role].purpose
    return join(
      join(base, t(` It is for ${role.en}, not support.`, `它用于${role.zh}，不是客服渠道。`)),
      from,
    )
  },

  subdomain(p: Project, host: string): Text {
    const n = name(p)
    return t(
      `${host} belongs to ${n.en}: it is part of one of its official websites.`,
      `${host} 属于${n.zh}，是其官方网站的一部分。`,
    )
  },

  stale: t(
    'Genuine’s registry has expired, so it cannot confirm anything as official right now. Update Genuine (or reload) and check again before you trust this contact.',
    'Genuine 的官方渠道名单已过期，暂时无法确认任何渠道为官方。请先更新 Genuine（或刷新页面）再检查，在此之前不要轻信这个联系方式。',
  ),

  impersonation(p: Project, kind: ContactKind, reasons: ReasonCode[], real: Channel | null): Text {
    const n = name(p)
    const because = becauseOf(reasons)
    return join(
      t(
        `This ${kindNoun(kind).en} imitates ${n.en}${because.en}. It is not ${n.en}’s.`,
        `这个${kindNoun(kind).zh}在冒充${n.zh}${because.zh}。它不是${n.zh}的。`,
      ),
      useInstead(p, real),
    )
  },

  /** Rests on the project's own words, cited with their site and date. */
  notOffered(p: Project, kind: ContactKind, evidence: NotOfferedEvidence, real: Channel | null): Text {
    const n = name(p)
    const k = kindNoun(kind)
    const { statement, sources } = evidence.fact
    const c = cite(sources)
    const says = t(
      `${clause(statement.en)} (source: ${c.en}).`,
      `${clause(statement.zh)}（来源：${c.zh}）。`,
    )
    const so =
      evidence.from === 'support'
        ? t(
            ` A ${k.en} is not among the ways it names, so a ${k.en} presented as ${n.en} support is not ${n.en}’s.`,
            `${k.zh}不在其中，所以自称${n.zh}客服的${k.zh}不是${n.zh}的。`,
          )
        : t(
            ` So a ${k.en} presented as ${n.en} support is not ${n.en}’s.`,
            `所以自称${n.zh}客服的${k.zh}不是${n.zh}的。`,
          )
    return join(join(says, so), useInstead(p, real))
  },

  /** Claimed as the project's, of a kind it lists none of, with no evidence either way. */
  claimedUnlisted(p: Project, kind: ContactKind, real: Channel | null): Text {
    const n = name(p)
    const k = kind === 'phone' ? t('phone line', '电话') : kindNoun(kind)
    return join(
      t(
        `${n.en} lists no ${k.en} among its official channels, so Genuine cannot confirm this one is ${n.en}’s. Check in the ${n.en} app or with ${n.en}’s own verification page before you reply, and never give anyone your recovery phrase, private key or password.`,
        `${n.zh}公布的官方渠道里没有${k.zh}，所以 Genuine 无法确认它属于${n.zh}。回复之前，请先在${n.zh}的 App 里或通过${n.zh}官方的验证页面核实；无论如何都不要把助记词、私钥或密码告诉任何人。`,
      ),
      useInstead(p, real),
    )
  },

  /** A legacy, affiliate or revoked channel: what it is, whose, and what to use now. */
  related(p: Project, c: Channel, current: Channel | null): Text {
    const n = name(p)
    const status = c.status as keyof typeof STATUS
    const what = STATUS[status](n, CHANNEL[c.type].noun)
    // Only a name can pass to someone else; an app listing or extension id stays the brand's.
    const lapse =
      status === 'legacy' && !STORE_TYPES.has(c.type)
        ? t(
            ` A domain or account a brand has let go can change hands, so whoever runs it now may not be ${n.en}.`,
            `品牌放弃的域名或账号可能被别人接手，现在运营它的未必是${n.zh}。`,
          )
        : t('', '')
    const label = c.label ? t(` ${c.label.en}.`, `${c.label.zh}。`) : t('', '')
    const source = cite(c.sources)
    return join(
      t(
        `${shownValue(c)} ${what.en}${label.en}${lapse.en} Source: ${source.en}.`,
        `${shownValue(c)}${what.zh}${label.zh}${lapse.zh}来源：${source.zh}。`,
      ),
      current
        ? t(
            ` ${n.en}’s current ${CHANNEL[current.type].noun.en}: ${shownValue(current)}.`,
            `${n.zh}现在的${CHANNEL[current.type].noun.zh}：${shownValue(current)}。`,
          )
        : t('', ''),
    )
  },

  /** Not the project's: the project names its own channels, and this is not one of them. */
  notOfficial(p: Project, kind: ContactKind, r: Reported, real: Channel | null): Text {
    const n = name(p)
    const c = cite(r.sources)
    return join(
      t(
        `This ${kindNoun(kind).en} is not ${n.en}’s: ${clause(r.reason.en)} (${c.en}). Do not trust what it says in ${n.en}’s name.`,
        `这个${kindNoun(kind).zh}不是${n.zh}的：${clause(r.reason.zh)}（${c.zh}）。不要相信它以${n.zh}名义说的任何话。`,
      ),
      useInstead(p, real),
    )
  },

  unconfirmed(p: Project, c: Channel, kind: ContactKind, real: Channel | null): Text {
    const n = name(p)
    const src = cite(c.sources)
    return join(
      t(
        `This may be ${n.en}’s ${kindNoun(kind).en}, but only a third party says so (${src.en}): Genuine could not confirm it from ${n.en}’s own sources.`,
        `这可能是${n.zh}的${kindNoun(kind).zh}，但只有第三方这么说（${src.zh}），Genuine 无法从${n.zh}的官方来源核实。`,
      ),
      useInstead(p, real),
    )
  },

  unlistedAddress(p: Project, real: Channel | null): Text {
    const n = name(p)
    return join(
      t(
        `This address is on ${n.en}’s domain but is not one ${n.en} lists for support, so treat messages from it with care (sender addresses can be forged).`,
        `这个邮箱属于${n.zh}的域名，但不是${n.zh}公布的客服邮箱。请谨慎对待来自它的邮件（发件人地址可以伪造）。`,
      ),
      useInstead(p, real),
    )
  },

  /** A known scam, with the evidence that says so and its date. */
  reported(p: Project | null, r: Reported): Text {
    const as = p ? t(` posing as ${p.name.en}`, `，冒充${p.name.zh}`) : t('', '')
    const c = cite(r.sources)
    return t(
      `This is a known scam contact${as.en}: ${clause(r.reason.en)} (${c.en}). Do not reply, pay or send anything to it.`,
      `这是已知的诈骗联系方式${as.zh}：${clause(r.reason.zh)}（${c.zh}）。不要回复、不要付款，也不要向它发送任何东西。`,
    )
  },

  /** With a project: the text names it but holds no contact of it to confirm. */
  unknown(p: Project | null): Text {
    if (!p) return UNKNOWN
    const n = name(p)
    return t(
      `Nothing here can be confirmed as ${n.en}’s. Reach ${n.en} only through its real channels. If someone contacted you first in ${n.en}’s name, or asks for your recovery phrase, private key, password or a fee, it is a scam.`,
      `这里没有可以确认属于${n.zh}的渠道。请只通过${n.zh}的真实渠道联系。如果有人以${n.zh}的名义主动联系你，或向你索要助记词、私钥、密码或任何费用，那就是骗局。`,
    )
  },

  /**
   * A person's own question about a project ("TP钱包的密码忘了怎么办"): nothing in it is a warning
   * sign, so the answer is where to ask, and, for a wallet only its owner holds the keys to, that
   * a lost password is reset with the recovery phrase, by the owner alone.
   */
  question(p: Project, real: Channel | null, aboutKeys: boolean): Text {
    const n = name(p)
    const where = real
      ? t(
          ` Ask ${n.en} itself, only through its real ${CHANNEL[real.type].noun.en}: ${shownValue(real)}, or from inside its app or official site.`,
          `有问题，请只通过${n.zh}真正的${CHANNEL[real.type].noun.zh}提问：${shownValue(real)}，或在它的 App、官网里找客服。`,
        )
      : t(
          ` Ask ${n.en} itself, only from inside its app or its official site.`,
          `有问题，请只在${n.zh}的 App 或官网里找客服。`,
        )
    const keys =
      aboutKeys && p.custody?.model === 'self_custody'
        ? t(
            ` ${n.en} is a self-custody wallet (${cite(p.custody.sources).en}): nobody, ${n.en} included, can see or reset your password or recovery phrase for you. A forgotten wallet password is reset by you alone: restore (import) the wallet again with your recovery phrase and choose a new password.`,
            `${n.zh}是自托管钱包（来源：${cite(p.custody.sources).zh}）：任何人（包括${n.zh}）都看不到、也无法替你重置密码或助记词。忘了钱包密码，只能由你自己用助记词重新导入（恢复）钱包，再设置新密码。`,
          )
        : t('', '')
    return join(
      join(
        t(
          `This reads as your own question about ${n.en}, and nothing in it is a warning sign.`,
          `这看起来是你自己关于${n.zh}的提问，里面没有可疑之处。`,
        ),
        join(where, keys),
      ),
      // Advice, not a statement in the project's name: what it itself says it never does is the
      // verdict's sourced `never` list.
      t(
        ' Whoever answers, never give anyone your recovery phrase, private key or password.',
        '无论谁来回答，都不要把助记词、私钥或密码交给任何人。',
      ),
    )
  },

  /** A bare account name or ID that no project lists (and that imitates none). */
  unknownId: UNKNOWN_ID,

  secret(description: Text): Text {
    return join(
      t(`This looks like a ${description.en}. `, `这看起来是${description.zh}。`),
      NEVER_SHARE,
    )
  },

  invalid: (code: InputError): Text => ERRORS[code],

  /**
   * A message: its verdict comes from its worst part; say so, and add the red flags' weight.
   * `fromFlags` when the worst part IS the red flags: then they are not "also" there, they are it.
   */
  message(worst: Text, flags: number, fromFlags = false): Text {
    if (!flags) return worst
    const signs = `${flags} warning sign${flags > 1 ? 's' : ''} of a scam (listed below).`
    return join(
      worst,
      fromFlags
        ? t(` The message has ${signs}`, `这条消息有 ${flags} 个诈骗迹象（见下方）。`)
        : t(` The message also has ${signs}`, `这条消息还有 ${flags} 个诈骗迹象（见下方）。`),
    )
  },

  never(p: Project | null): NeverAdvice[] {
    if (!p) return []
    let advice = NEVER.get(p)
    if (!advice) NEVER.set(p, (advice = p.never.map((n) => ({ kind: n.kind, text: n.statement }))))
    return advice
  },
}
