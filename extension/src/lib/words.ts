/**
 * The extension's own words, in both languages. Verdict headlines, advice and explanations come
 * from the shared wording layer (src/wording/), so every surface says the same.
 */
import type { Text } from '../../../registry/schema'

export const WORDS = {
  name: { en: 'Genuine', zh: 'Genuine 真伪查询' },
  officialSite: (name: string): Text => ({
    en: `Official site of ${name}`,
    zh: `${name}的官方网站`,
  }),
  staleSite: (name: string): Text => ({
    en: `Listed as ${name}’s site, but Genuine’s registry is out of date: not confirmed`,
    zh: `名单上是${name}的网站，但 Genuine 的名单已过期，暂不确认`,
  }),
  registryOutOfDate: { en: 'Registry out of date', zh: '名单已过期' },

  // Warning page
  warningTitle: { en: 'Fake site ahead', zh: '前方是假冒网站' },
  warningLead: (host: string, name: string): Text => ({
    en: `${host} is not ${name}. It imitates ${name} to steal wallets.`,
    zh: `${host} 不是${name}。它冒充${name}，目的是盗取钱包。`,
  }),
  warningReported: (host: string): Text => ({
    en: `${host} is a known scam site.`,
    zh: `${host} 是已知的诈骗网站。`,
  }),
  displayedAs: { en: 'It can display as', zh: '它可能显示为' },
  whyTitle: { en: 'Why we stopped it', zh: '为什么拦截' },
  backToSafety: { en: 'Back to safety', zh: '返回安全页面' },
  backToSafetyHint: { en: 'Closes this tab.', zh: '关闭这个标签页。' },
  goReal: (name: string): Text => ({
    en: `Go to ${name}’s real website`,
    zh: `前往${name}真正的官网`,
  }),
  reportMistake: { en: 'Is this warning wrong? Report a mistake', zh: '这个警告有误？报告错误' },
  continueSummary: { en: 'Continue anyway', zh: '仍要继续' },
  continueWarning: (host: string): Text => ({
    en: `Only if you are sure. For the next 24 hours Genuine will not stop ${host} again in this browser; its badge stays red, and you can undo this in Genuine’s popup.`,
    zh: `请确认你知道自己在做什么。接下来 24 小时内，Genuine 不会在这个浏览器中再次拦截 ${host}；它的图标仍会显示红色标记，你也可以在 Genuine 的弹出窗口中撤销。`,
  }),
  continueButton: (host: string): Text => ({
    en: `I understand the risk, open ${host}`,
    zh: `我了解风险，打开 ${host}`,
  }),
  checkedLocally: {
    en: 'Checked inside your browser: Genuine sent this address nowhere.',
    zh: '在你的浏览器内完成检查：Genuine 没有把这个网址发送到任何地方。',
  },

  // Popup
  thisSite: { en: 'This site', zh: '当前网站' },
  bypassedSite: (name: string | null): Text => ({
    en: name
      ? `You opened this site despite Genuine’s warning: it imitates ${name}. Do not enter a recovery phrase, password or payment here.`
      : 'You opened this site despite Genuine’s warning: it is a known scam site. Do not enter a recovery phrase, password or payment here.',
    zh: name
      ? `你无视 Genuine 的警告打开了这个网站：它在冒充${name}。不要在这里输入助记词、密码或付款。`
      : '你无视 Genuine 的警告打开了这个网站：它是已知的诈骗网站。不要在这里输入助记词、密码或付款。',
  }),
  cautionSite: (name: string): Text => ({
    en: `This site looks like ${name}’s, but it is not one of ${name}’s sites.`,
    zh: `这个网站看起来像${name}的，但不是${name}的网站。`,
  }),
  cautionReal: (name: string): Text => ({ en: `${name}’s real site:`, zh: `${name}真正的官网：` }),
  exceptionsTitle: { en: 'Sites you chose to open anyway', zh: '你选择仍要打开的网站' },
  exceptionUntil: (when: string): Text => ({ en: `until ${when}`, zh: `有效至 ${when}` }),
  undo: { en: 'Undo', zh: '撤销' },
  report: { en: 'Report', zh: '举报' },
  realChannels: (name: string): Text => ({
    en: `All real channels of ${name}`,
    zh: `${name}的全部真实渠道`,
  }),
  thisSiteUnknown: {
    en: 'Not in Genuine’s registry. That does not make it safe.',
    zh: '不在 Genuine 的名单里。这不代表它安全。',
  },
  registryVersion: (version: number): Text => ({
    en: `Registry v${version}`,
    zh: `名单版本 ${version}`,
  }),
  lastChanged: (when: string): Text => ({ en: `updated ${when}`, zh: `更新于 ${when}` }),
  updateNow: { en: 'Update now', zh: '立即更新' },
  updateResult: {
    updated: { en: 'Updated', zh: '已更新' },
    unchanged: { en: 'Already up to date', zh: '已是最新' },
    refused: { en: 'Refused: the download did not verify', zh: '已拒绝：下载的名单未通过验证' },
    failed: { en: 'Could not reach the server', zh: '无法连接服务器' },
  },
  offline: {
    en: 'Checks run offline, in your browser.',
    zh: '检查在你的浏览器内离线完成。',
  },

  // Seed-phrase guard
  guardTitle: {
    en: 'Genuine stopped your recovery phrase',
    zh: 'Genuine 拦下了你的助记词',
  },
  /** Pasted or dropped: stopped before the page's code received anything. */
  guardBodyPasted: {
    en: 'This site is not an official wallet site. Genuine stopped what you pasted before the site received it. Real support never asks for a recovery phrase or private key: whoever has it can empty your wallet.',
    zh: '这个网站不是官方钱包网站。Genuine 在网站收到之前拦下了你粘贴的内容。真正的客服绝不会索要助记词或私钥：谁拿到它，谁就能转走你钱包里的全部资产。',
  },
  /** Typed: a page can read a field as it fills, so some words may have reached it. */
  guardBodyTyped: {
    en: 'This site is not an official wallet site, and it may have seen what you typed. If that was your real recovery phrase, move your funds to a new wallet now. Real support never asks for it. Keys you press stay away from this site until you close this notice.',
    zh: '这个网站不是官方钱包网站，它可能已经看到了你输入的内容。如果那是你真实的助记词，请立刻把资产转到一个新钱包。真正的客服绝不会索要助记词。在你关闭这条提示之前，你的按键不会传给这个网站。',
  },
  dismiss: { en: 'Close', zh: '关闭' },
} as const
