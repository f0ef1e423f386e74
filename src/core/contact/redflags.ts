/**
 * The phrases of a support scam, in English and Chinese: asking for the seed phrase, a fee to
 * "unfreeze", "verify your wallet", remote-access apps... Each comes with a plain explanation.
 *
 * A flag is raised for what a text asks or tells the reader to do, never for the words it
 * mentions: "请提供助记词" asks, while "请妥善保管助记词，切勿泄露" (advice), "TP钱包的密码忘了怎么办"
 * (a question), "如果有人让你下载国际版，那是诈骗" (a warning) and "never share your seed phrase"
 * (a negation) ask nothing. A rule names the thing asked for; things people are asked to hand
 * over (phrase, key, password, code, fee, transfer) count only after a request verb, things
 * they are told to do (install, download) only after such a verb, and the few rules that are
 * whole instructions (verify your wallet, a threat of freezing) count as they are; then a
 * negation, a warning or a question around the words cancels any of them.
 *
 * @example
 * detectRedFlags('请提供助记词验证钱包，否则24小时内冻结').map((f) => f.code)
 * // ['asks_seed_phrase', 'verify_wallet', 'urgency']
 */
import type { RedFlag, RedFlagCode } from '../verdict'
import type { Text } from '../../../registry/schema'
import { MAX_MESSAGE } from './message'
import { QUESTION_END, QUESTION_START } from './question'
import { tidy } from './tidy'

/** The words must follow a request (ASK), to pay (PAY) or to install (INSTALL); `said`: as is. */
type Need = 'ask' | 'pay' | 'install' | 'said'
type Rule = { code: RedFlagCode; re: RegExp; need: Need; explanation: Text }

const RULES: Rule[] = [
  {
    code: 'asks_seed_phrase',
    need: 'ask',
    re: /助记词|助記詞|记忆词|記憶詞|恢复词|种子短语|seed\s*phrase|recovery\s*phrase|secret\s*(?:recovery\s*)?phrase|mnemonic|(?:12|24|twelve)[\s-]*(?:words|个单词|个词)/iu,
    explanation: {
      en: 'It asks for your recovery phrase (seed phrase). Whoever has those words owns your wallet. No real support team ever asks for them.',
      zh: '对方在要你的助记词。谁拿到这几个词，谁就能拿走你钱包里的全部资产。真正的客服绝不会向你要助记词。',
    },
  },
  {
    code: 'asks_private_key',
    need: 'ask',
    re: /私钥|私鑰|密钥|private\s*key|keystore|key\s*store/iu,
    explanation: {
      en: 'It asks for your private key or keystore file. That is the key to your money: never give it to anyone.',
      zh: '对方在要你的私钥或 Keystore 文件。这就是你钱包的钥匙，千万不要交给任何人。',
    },
  },
  {
    code: 'asks_password',
    need: 'ask',
    re: /密码|密碼|password|passcode|\bpin\s*code\b/iu,
    explanation: {
      en: 'It asks for a password. Real support never needs your password.',
      zh: '对方在要你的密码。真正的客服从来不需要你的密码。',
    },
  },
  {
    code: 'asks_2fa_code',
    need: 'ask',
    re: /验证码|驗證碼|谷歌验证|谷歌驗證|google\s*auth(?:enticator)?|\b2fa\b|two[-\s]factor|verification\s*code|\botp\b/iu,
    explanation: {
      en: 'It asks for a verification (2FA) code. Such a code lets someone else into your account: never pass it on.',
      zh: '对方在要你的验证码（谷歌验证、短信验证码）。有了它，别人就能进入你的账户。验证码不要告诉任何人。',
    },
  },
  {
    code: 'verify_wallet',
    need: 'said',
    re: /(?:verify|validate|activate|re-?activate|sync(?:hroni[sz]e)?|upgrade|rectify|unlock)\s+(?:your\s+|the\s+)?wallet|wallet\s+(?:verification|validation|synchroni[sz]ation|activation|upgrade)|(?:验证|驗證|激活|同步|升级|升級|认证|認證)(?:您的|你的|一下)?钱包|钱包(?:验证|激活|同步|升级|认证)/iu,
    explanation: {
      en: 'It asks you to "verify", "activate" or "sync" your wallet. Wallets never need this: it is a trick to get your recovery phrase.',
      zh: '对方让你“验证”“激活”或“同步”钱包。钱包根本不需要这样做，这是骗你交出助记词的借口。',
    },
  },
  {
    code: 'fee_to_unfreeze',
    need: 'pay',
    re: /解冻费|解凍費|保证金|保證金|(?:解冻|提现|出金|激活|认证|验证)(?:手续费|费用|费)|手续费|unfreez\w*\s+fee|(?:a\s+|the\s+)?(?:small\s+)?(?:fee|deposit)\b/iu,
    explanation: {
      en: 'It asks you to pay a fee or deposit to unfreeze or withdraw your money. That is a scam: whatever you pay is lost, and they will ask again.',
      zh: '对方要你先交“解冻费”“手续费”或“保证金”才能取回资金。这是骗局：交了钱也拿不回来，还会被一次次要更多。',
    },
  },
  {
    code: 'urgency',
    need: 'said',
    re: /(?:否则|否則|逾期|不然)[^。！？\n]{0,12}?(?:冻结|凍結|封|关闭|清零|作废|删除|无法|損失|损失)|(?:请|務必|务必|必须|必須)\s*(?:在|於|于)?\s*\d+\s*(?:小时|小時|分钟|分鐘)内|within\s+\d+\s*(?:hours|minutes)|act\s+now|final\s+(?:notice|warning)|will\s+be\s+(?:permanently\s+)?(?:frozen|locked|closed|suspended|deleted)|(?:is|has\s+been)\s+suspended/iu,
    explanation: {
      en: 'It rushes you ("immediately", "within 24 hours", "or it will be frozen"). Scammers hurry you so you do not stop to check. Take your time.',
      zh: '对方在催你（“立即”“24 小时内”“否则冻结”）。骗子就是要你来不及多想。先停下来，慢慢核实。',
    },
  },
  {
    code: 'international_version',
    need: 'install',
    re: /国际版|國際版|海外版|international\s+version|global\s+version/iu,
    explanation: {
      en: 'It pushes an "international version" of the app. Fake versions of wallet apps steal everything you put in them. Install only from the official site or store.',
      zh: '对方让你下载“国际版”。假冒的钱包 App 会偷走你存进去的一切。只从官网或官方应用商店下载。',
    },
  },
  {
    code: 'remote_access',
    need: 'install',
    re: /anydesk|teamviewer|向日葵|todesk|rustdesk|远程(?:协助|控制|桌面)|遠程(?:協助|控制)|屏幕共享|screen\s*shar(?:e|ing)|remote\s+(?:access|desktop|control)/iu,
    explanation: {
      en: 'It asks you to install a remote-access app (AnyDesk, TeamViewer, ToDesk…). With it, a stranger controls your phone or computer and can empty your wallet.',
      zh: '对方让你装远程控制软件（向日葵、ToDesk、AnyDesk 等）。装了以后，陌生人就能操作你的手机或电脑，把钱包里的钱转走。',
    },
  },
  {
    code: 'dm_first',
    need: 'said',
    re: /我是.{0,10}?(?:客服|技术支持|工作人员)|客服主动|(?:i\s+am|i'm|we\s+are)\s+(?:from\s+)?(?:the\s+)?(?:official\s+)?(?:support|customer\s+service|help\s*desk)|(?:support|admin)\s+team\s+here/iu,
    explanation: {
      en: 'Someone says they are "official support" and contacted you first. Real support never messages you first.',
      zh: '对方自称“官方客服”并主动联系你。真正的客服从不主动私信你。',
    },
  },
  {
    code: 'asks_transfer',
    need: 'said',
    re: /(?:转|轉|转移|轉移|转账|轉賬|转入|轉入)(?:到|至|入)?[^，。！？\n]{0,6}安全(?:钱包|錢包)?(?:地址|账户|賬戶)?|(?:transfer|move|send)\s+(?:all\s+)?(?:your\s+)?(?:funds|assets|tokens|coins|crypto)\s+to\s+(?:a\s+|the\s+|this\s+)?(?:safe|secure|protected)/iu,
    explanation: {
      en: 'It asks you to move your funds to a "safe" address. That address belongs to the scammer.',
      zh: '对方让你把资产转到一个“安全地址”。那个地址就是骗子自己的。',
    },
  },
]

/**
 * Words that ask for something: it follows within the clause ("请提供…", "send me your…").
 * 提供 alone also means "offers" ("钱包提供双因素认证"): only a request's 提供 counts.
 */
const ASK =
  /(?:(?:^|请|請|你|您|麻烦|需要|要|求)\s*提供|发给|發給|发送|發送|发我|发过来|發過來|发一下|给我|給我|告诉|告訴|告知|输入|輸入|填写|填寫|填入|导入|導入|导出|導出|提交|报给|报一下|上传|上傳|出示|交出|交给|索要|需要你的|需要您的|核对|核對|复制|粘贴|\b(?:send|give|provide|share|enter|type|tell|submit|confirm|paste|import|export|upload|dm|message|reply\s+with|input|fill\s+in|ask(?:s|ed|ing)?\s+(?:you\s+)?for|need|require|what(?:'s|\s+is))\b)[^，。！？；,.!?;\n]{0,16}$/iu
/** Words that ask for a payment. */
const PAY =
  /(?:缴纳|繳納|缴|繳|交|支付|付|充值|打款|转账|轉賬|\b(?:pay|send|deposit|transfer)\b)[^，。！？；,.!?;\n]{0,16}$/iu
/** "把助记词发给我": the thing asked for comes between 把 and the verb. */
const BA_BEFORE = /(?:把|将|將)[^，。！？；\n]{0,8}$/u
const BA_AFTER = /^[^，。！？；\n]{0,10}?(?:发|發|给|給|告诉|告訴|填|输入|輸入|提交|交|复制|粘贴|截图|截圖)/u
/** Words that tell someone to install or use something. */
const INSTALL =
  /(?:下载|下載|安装|安裝|打开|打開|开启|開啟|使用|升级到|切换到|共享|\b(?:download|install|open|use|run|switch\s+to|upgrade\s+to|share)\b)[^，。！？；,.!?;\n]{0,16}$/iu

/** "Never share your seed phrase" is advice, not a request: a negation before cancels it. */
const NEGATION =
  /不要|不能|切勿|请勿|勿|绝不|決不|永远不|从不|不会|不會|不是|不需要|无需|無需|never|don't|do not|won't|will not|doesn't|does not|\bnot\b|\bno\s+one\b|nobody/iu
/** A warning about the request is not the request: "如果有人让你…，那是骗子", "beware of…". */
const WARNING_BEFORE =
  /如果|若有|假如|一旦有人|谨防|謹防|警惕|小心|当心|當心|注意|防止|以免|避免|任何|凡是|骗子|骗局|诈骗|\bif\b|\bbeware\b|\bwatch\s+out\b|\banyone\b|\bscam|\bfraud/iu
const DESCRIBES = /用户|用戶|使用者|\busers?\b|\bcustomers\b/iu
const WARNING_AFTER = /都是骗|就是骗|是骗子|是骗局|是诈骗|诈骗|\bscam|\bfraud|\bphishing/iu
/** A question asks about the thing (question.ts); "what is your password" and "你的密码是多少" ask for it. */
const ASKS_FOR_YOURS_AFTER = /^[^，。！？\n]{0,2}是(?:什么|什麼|多少)/u
const SENTENCE_END = /[。！？!?\n]/u
const CLAUSE_END = /[,.!?;:，。！？；：\n]/u

/** The red flags in a message, one per code, in the order of RULES. Never throws. */
export function detectRedFlags(text: string): RedFlag[] {
  if (typeof text !== 'string') return []
  const t = tidy(text.slice(0, MAX_MESSAGE))
  const flags: RedFlag[] = []
  for (const rule of RULES) {
    const match = firstAsserted(t, rule)
    if (match) flags.push({ code: rule.code, match, explanation: rule.explanation })
  }
  return flags
}

/** The sentence around a match: the words before it and after it, up to the sentence's ends. */
function sentenceAround(t: string, start: number, end: number): { before: string; after: string } {
  let a = start
  while (a > 0 && start - a < 120 && !SENTENCE_END.test(t[a - 1]!)) a--
  let b = end
  while (b < t.length && b - end < 120 && !SENTENCE_END.test(t[b]!)) b++
  if (b < t.length && /[?？]/u.test(t[b]!)) b++
  return { before: t.slice(a, start), after: t.slice(end, b) }
}

/** Matches of one rule read at most: each reads its sentence, and a long text could repeat one. */
const MAX_MATCHES = 64

function firstAsserted(t: string, { re, need }: Rule): string | null {
  let read = 0
  for (const m of t.matchAll(new RegExp(re.source, 'giu'))) {
    if (++read > MAX_MATCHES) return null
    const end = m.index + m[0].length
    const { before, after } = sentenceAround(t, m.index, end)
    const clause = before.split(CLAUSE_END).pop()!
    // "请问你的助记词是什么？" asks for yours without a request verb.
    const yours = /你的|您的|\byour\s*$/iu.test(clause) && ASKS_FOR_YOURS_AFTER.test(after)
    if (need !== 'said' && !asked(need, clause, after) && !(need === 'ask' && yours)) continue
    // What comes before the verb or the words in their clause: a negation cancels them.
    if (NEGATION.test(clause)) continue
    if (WARNING_BEFORE.test(before) || WARNING_AFTER.test(after)) continue
    // "用户在登录时需要输入验证码" describes what users do; it asks the reader nothing.
    if (need !== 'said' && DESCRIBES.test(clause)) continue
    const whatIsYours = /what(?:'s|\s+is)\s+your\s*$/iu.test(clause)
    const question = QUESTION_END.test(after) || QUESTION_START.test(before.trimStart())
    if (question && !yours && !whatIsYours) continue
    return m[0]
  }
  return null
}

function asked(need: Exclude<Need, 'said'>, clause: string, after: string): boolean {
  if (need === 'install') return INSTALL.test(clause) || ASK.test(clause)
  if (need === 'pay') return PAY.test(clause)
  return ASK.test(clause) || (BA_BEFORE.test(clause) && BA_AFTER.test(after))
}
