/**
 * The phrases of a support scam, in English and Chinese: asking for the seed phrase, a fee to
 * "unfreeze", "verify your wallet", remote-access apps... Each comes with a plain explanation.
 *
 * @example
 * detectRedFlags('请提供助记词验证钱包，否则24小时内冻结').map((f) => f.code)
 * // ['asks_seed_phrase', 'verify_wallet', 'urgency']
 */
import type { RedFlag, RedFlagCode } from '../verdict'
import type { Text } from '../../../registry/schema'
import { MAX_MESSAGE } from './message'
import { tidy } from './tidy'

type Rule = { code: RedFlagCode; re: RegExp; explanation: Text }

const RULES: Rule[] = [
  {
    code: 'asks_seed_phrase',
    re: /助记词|助記詞|记忆词|記憶詞|恢复词|种子短语|seed\s*phrase|recovery\s*phrase|secret\s*(?:recovery\s*)?phrase|mnemonic|(?:12|24|twelve)[\s-]*(?:words|个单词|个词)/iu,
    explanation: {
      en: 'It asks for your recovery phrase (seed phrase). Whoever has those words owns your wallet. No real support team ever asks for them.',
      zh: '对方在要你的助记词。谁拿到这几个词，谁就能拿走你钱包里的全部资产。真正的客服绝不会向你要助记词。',
    },
  },
  {
    code: 'asks_private_key',
    re: /私钥|私鑰|private\s*key|keystore|key\s*store|导出密钥/iu,
    explanation: {
      en: 'It asks for your private key or keystore file. That is the key to your money: never give it to anyone.',
      zh: '对方在要你的私钥或 Keystore 文件。这就是你钱包的钥匙，千万不要交给任何人。',
    },
  },
  {
    code: 'asks_password',
    re: /密码|密碼|password|passcode|\bpin\s*code\b/iu,
    explanation: {
      en: 'It asks for a password. Real support never needs your password.',
      zh: '对方在要你的密码。真正的客服从来不需要你的密码。',
    },
  },
  {
    code: 'asks_2fa_code',
    re: /验证码|驗證碼|谷歌验证|谷歌驗證|google\s*auth(?:enticator)?|\b2fa\b|two[-\s]factor|verification\s*code|\botp\b/iu,
    explanation: {
      en: 'It asks for a verification (2FA) code. Such a code lets someone else into your account: never pass it on.',
      zh: '对方在要你的验证码（谷歌验证、短信验证码）。有了它，别人就能进入你的账户。验证码不要告诉任何人。',
    },
  },
  {
    code: 'verify_wallet',
    re: /(?:verify|validate|activate|re-?activate|sync(?:hroni[sz]e)?|upgrade|rectify|unlock)\s+(?:your\s+|the\s+)?wallet|wallet\s+(?:verification|validation|synchroni[sz]ation|activation|upgrade)|(?:验证|驗證|激活|同步|升级|升級|认证|認證)(?:您的|你的|一下)?钱包|钱包(?:验证|激活|同步|升级|认证)/iu,
    explanation: {
      en: 'It asks you to "verify", "activate" or "sync" your wallet. Wallets never need this: it is a trick to get your recovery phrase.',
      zh: '对方让你“验证”“激活”或“同步”钱包。钱包根本不需要这样做，这是骗你交出助记词的借口。',
    },
  },
  {
    code: 'fee_to_unfreeze',
    re: /解冻费|解凍費|保证金|保證金|(?:解冻|提现|出金|激活|认证|验证)(?:手续费|费用|费)|缴纳.{0,6}(?:手续费|费用)|unfreez\w*\s+fee|fee\s+to\s+(?:unfreeze|unlock|withdraw|release)|(?:pay|send)\s+(?:a\s+)?(?:small\s+)?(?:fee|deposit)\s+(?:to|before|first)/iu,
    explanation: {
      en: 'It asks you to pay a fee or deposit to unfreeze or withdraw your money. That is a scam: whatever you pay is lost, and they will ask again.',
      zh: '对方要你先交“解冻费”“手续费”或“保证金”才能取回资金。这是骗局：交了钱也拿不回来，还会被一次次要更多。',
    },
  },
  {
    code: 'urgency',
    re: /立即|立刻|马上|馬上|\d+\s*小时内|否则|否則|冻结|凍結|逾期|永久封|within\s+\d+\s*hours|immediately|urgent(?:ly)?|suspended|will\s+be\s+(?:frozen|locked|closed|suspended)|act\s+now|final\s+(?:notice|warning)/iu,
    explanation: {
      en: 'It rushes you ("immediately", "within 24 hours", "or it will be frozen"). Scammers hurry you so you do not stop to check. Take your time.',
      zh: '对方在催你（“立即”“24 小时内”“否则冻结”）。骗子就是要你来不及多想。先停下来，慢慢核实。',
    },
  },
  {
    code: 'international_version',
    re: /国际版|國際版|海外版|international\s+version|global\s+version/iu,
    explanation: {
      en: 'It pushes an "international version" of the app. Fake versions of wallet apps steal everything you put in them. Install only from the official site or store.',
      zh: '对方让你下载“国际版”。假冒的钱包 App 会偷走你存进去的一切。只从官网或官方应用商店下载。',
    },
  },
  {
    code: 'remote_access',
    re: /anydesk|teamviewer|向日葵|todesk|rustdesk|远程(?:协助|控制|桌面)|遠程(?:協助|控制)|屏幕共享|screen\s*shar(?:e|ing)|remote\s+(?:access|desktop|control)/iu,
    explanation: {
      en: 'It asks you to install a remote-access app (AnyDesk, TeamViewer, ToDesk…). With it, a stranger controls your phone or computer and can empty your wallet.',
      zh: '对方让你装远程控制软件（向日葵、ToDesk、AnyDesk 等）。装了以后，陌生人就能操作你的手机或电脑，把钱包里的钱转走。',
    },
  },
  {
    code: 'dm_first',
    re: /我是.{0,10}?(?:客服|技术支持|工作人员)|客服主动|(?:i\s+am|i'm|we\s+are)\s+(?:from\s+)?(?:the\s+)?(?:official\s+)?(?:support|customer\s+service|help\s*desk)|(?:support|admin)\s+team\s+here/iu,
    explanation: {
      en: 'Someone says they are "official support" and contacted you first. Real support never messages you first.',
      zh: '对方自称“官方客服”并主动联系你。真正的客服从不主动私信你。',
    },
  },
  {
    code: 'asks_transfer',
    re: /(?:转|轉|转移|轉移|转账|轉賬)(?:到|至|入)?.{0,6}(?:安全|新)(?:钱包)?地址|安全钱包|安全账户|安全賬戶|(?:transfer|move|send)\s+(?:all\s+)?(?:your\s+)?(?:funds|assets|tokens|coins|crypto)\s+to\s+(?:a\s+|the\s+|this\s+)?(?:safe|secure|new|protected)/iu,
    explanation: {
      en: 'It asks you to move your funds to a "safe" address. That address belongs to the scammer.',
      zh: '对方让你把资产转到一个“安全地址”。那个地址就是骗子自己的。',
    },
  },
]

/** "Never share your seed phrase" is advice, not a request: a negation just before cancels it. */
const NEGATION =
  /不要|切勿|请勿|勿|绝不|決不|永远不|从不|不会|不會|never|don't|do not|won't|will not|\bnot\b/iu
const CLAUSE_END = /[,.!?;:，。！？；：\n]/u

/** The red flags in a message, one per code, in the order of RULES. Never throws. */
export function detectRedFlags(text: string): RedFlag[] {
  if (typeof text !== 'string') return []
  const t = tidy(text.slice(0, MAX_MESSAGE))
  const flags: RedFlag[] = []
  for (const { code, re, explanation } of RULES) {
    const match = firstAsserted(t, new RegExp(re.source, 'giu'))
    if (match) flags.push({ code, match, explanation })
  }
  return flags
}

function firstAsserted(t: string, re: RegExp): string | null {
  for (const m of t.matchAll(re)) {
    const clause = t
      .slice(Math.max(0, m.index - 48), m.index)
      .split(CLAUSE_END)
      .pop()!
    if (!NEGATION.test(clause)) return m[0]
  }
  return null
}
