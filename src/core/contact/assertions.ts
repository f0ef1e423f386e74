/**
 * What a text says a project offers: the support channels it says exist (a phone line, online
 * chat, WeChat, QQ, email) and the services it promises (resetting a password, freezing or
 * unfreezing an account, recovering funds, refunds, an "international version"). Content-farm
 * articles on "how to contact TP钱包 customer service" are made of such statements; the engine
 * judges each against the registry (engine/claims.ts).
 *
 * A statement is read per sentence: "没有电话客服" says the project has none (`says: 'no'`); a
 * question ("有电话客服吗？") says nothing.
 *
 * @example
 * findAssertions('此外，TP钱包还提供多种联系方式，包括电话、在线聊天、电子邮件等。')
 * // [{ topic: 'phone_support', says: 'yes', text: '此外，TP钱包还提供…' }, { topic: 'live_chat', ... }, ...]
 */
import type { ClaimTopic } from '../verdict'
import { MAX_MESSAGE } from './limits'
import { isQuestion } from './question'
import { tidy } from './tidy'

export type Assertion = {
  topic: ClaimTopic
  says: 'yes' | 'no'
  text: string
  /** The projects (ids) its sentence is about, when the caller said how to find them. */
  about: readonly string[]
}

const TOPICS: [ClaimTopic, RegExp][] = [
  [
    'phone_support',
    /客服电话|电话客服|客服热线|服务热线|热线电话|官方电话|电话支持|电话号码|拨打[^。！？\n]{0,8}电话|打电话|(?:包括|提供|通过)[^。！？\n]{0,12}电话|phone\s+(?:support|line|number)|hotline|call\s+(?:us|support|customer\s+service)/iu,
  ],
  ['live_chat', /在线客服|在线聊天|实时聊天|在线支持|在线咨询|live\s+chat|online\s+(?:chat|support)|chat\s+support/iu],
  ['email_support', /客服邮箱|电子邮件|通过邮件|邮件方式|邮件支持|发送邮件|发邮件|email\s+support|by\s+e-?mail/iu],
  ['wechat_support', /微信(?:客服|公众号|群)?|wechat/iu],
  ['qq_support', /qq(?:群|客服|号)|\bqq\b/iu],
  ['password_reset', /密码重置|重置密码|找回密码|修改密码的步骤|reset\s+(?:your\s+)?password|password\s+reset|recover\s+(?:your\s+)?password/iu],
  ['account_freeze', /冻结账户|冻结帐户|账户冻结|解冻账户|解冻|freez(?:e|es|ing)\s+(?:your\s+|the\s+)?account|unfreeze/iu],
  ['fund_recovery', /找回资产|找回资金|追回|恢复资产|恢复资金|recover\s+(?:your\s+|lost\s+)?(?:funds|assets|coins)|fund\s+recovery/iu],
  ['international_version', /国际版|國際版|international\s+version|global\s+version/iu],
  ['refund', /申请退款|办理退款|退款服务|提供退款|refund\s+(?:request|service)|request\s+a\s+refund/iu],
]

/** Says the project does not have it: "没有电话客服", "不提供", "has no phone line". */
const NO =
  /没有|沒有|无(?!法)|並無|并无|不提供|不设|不設|从不|從不|不会|不會|绝不|never|\bno\b|\bnot\b|doesn't|does not/iu
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/gu
/** The words quoted back to a reader: at most this many characters of the sentence. */
const QUOTE = 120

/** Assertions kept at most, whatever the text: a long text naming many projects stays bounded. */
const MAX_ASSERTIONS = 200

/**
 * One assertion per topic: the first sentence that makes it (its first polarity wins). Given
 * `namedIn` (the projects a sentence names), one per topic and project: each assertion is `about`
 * the projects its sentence names, else the ones named last before it ([] before any is named).
 */
export function findAssertions(
  text: string,
  namedIn?: (sentence: string) => readonly string[],
): Assertion[] {
  if (typeof text !== 'string') return []
  const t = tidy(text.slice(0, MAX_MESSAGE))
  const found = new Map<string, Assertion>()
  let about: readonly string[] = []
  for (const m of t.matchAll(SENTENCE)) {
    const sentence = m[0].trim()
    if (!sentence) continue
    const here = namedIn?.(sentence) ?? []
    if (here.length) about = here
    // "TP钱包有电话客服吗？" asks; it says nothing either way.
    if (isQuestion(sentence)) continue
    for (const [topic, re] of TOPICS) {
      const key = `${topic} ${about.join(' ')}`
      if (found.has(key)) continue
      const hit = re.exec(sentence)
      if (!hit) continue
      // The negation must be in the same clause, before the words: "没有电话客服".
      const clause = sentence.slice(0, hit.index).split(/[，,；;：:]/u).pop()!
      found.set(key, {
        topic,
        says: NO.test(clause) ? 'no' : 'yes',
        text: sentence.length > QUOTE ? `${sentence.slice(0, QUOTE)}…` : sentence,
        about,
      })
    }
    if (found.size >= (namedIn ? MAX_ASSERTIONS : TOPICS.length)) break
  }
  return [...found.values()]
}
