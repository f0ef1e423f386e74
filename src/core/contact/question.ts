/**
 * Questions: "TP钱包的密码忘了怎么办", "TP钱包登录要验证码吗？", "how do I reset my password?". A
 * question asks about a thing; it neither asks the reader for it (red flags) nor states it
 * (claims), and a person's own question about a project deserves a calm answer.
 */
import { tidy } from './tidy'

/** Ends as a question: "?", or a question particle at the end of the clause. */
export const QUESTION_END = /[?？]|[吗嗎呢么麼][\s。.!！]*$/u
/** Opens as a question. */
export const QUESTION_START =
  /^(?:怎么|怎樣|怎样|如何|为什么|為什麼|是否|能否|可以|能不能|要不要|需不需要|会不会|how\b|why\b|can\b|could\b|should\b|do\b|does\b|is\b|are\b|will\b|would\b)/iu
/** Asks anywhere in the sentence: "TP钱包怎么重置密码", "密码忘了怎么办". */
const ASKS = /怎么|怎麼|怎样|怎樣|咋办|咋辦|如何|为什么|為什麼|能不能|可不可以|要不要|需不需要/u

/** True when the sentence is a question. */
export const isQuestion = (sentence: string): boolean =>
  QUESTION_END.test(sentence) || QUESTION_START.test(sentence.trim())

/** Presents itself as staff: "我是TP钱包客服，请问…" is a message in the project's name. */
const AS_STAFF =
  /(?:我是|我们是|我們是|本人是|这里是|這裡是)[^，。！？\n]{0,12}(?:客服|官方|技术支持|工作人员|管理员|助手)|\b(?:i\s+am|i'm|we\s+are|this\s+is)\s+(?:from\s+)?(?:the\s+)?(?:official\s+)?(?:\S+\s+)?(?:support|customer\s+service|help\s*desk|admin)/iu

/** A person's own question is short: a paragraph, not an article. */
const MAX_QUESTION = 300

/**
 * True when a text is someone's own short question: not an article, and not a message that
 * speaks as the project's staff.
 * @example isOwnQuestion('TP钱包的密码忘了怎么办') // true
 */
export function isOwnQuestion(text: string): boolean {
  if (typeof text !== 'string' || text.length > MAX_QUESTION) return false
  const t = tidy(text)
  if (AS_STAFF.test(t)) return false
  return t.split(/(?<=[。！？!?\n])/u).some((s) => isQuestion(s) || ASKS.test(s))
}
