/**
 * The extension's own words, in both languages. Verdict headlines and advice come from the lookup
 * page (src/worker/page/i18n.ts) and explanations from the engine, so every surface says the same.
 */
import type { Text } from '../../../registry/schema'

export const WORDS = {
  name: { en: 'Genuine', zh: 'Genuine 真伪查询' },
  officialSite: (name: string): Text => ({
    en: `Official site of ${name}`,
    zh: `${name} 的官方网站`,
  }),
  staleSite: (name: string): Text => ({
    en: `Listed as ${name}’s site, but Genuine’s registry is out of date: not confirmed`,
    zh: `名单上是 ${name} 的网站，但 Genuine 的名单已过期，暂不确认`,
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
  goReal: (name: string): Text => ({ en: `Go to the real ${name}`, zh: `前往真正的${name}` }),
  goBack: { en: 'Go back', zh: '返回' },
  continueSummary: { en: 'Continue anyway', zh: '仍要继续' },
  continueWarning: (host: string): Text => ({
    en: `Only if you are sure. Genuine will not warn you about ${host} again, in this browser.`,
    zh: `请确认你知道自己在做什么。此后在这个浏览器中，Genuine 不会再对 ${host} 发出警告。`,
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
  thisSiteUnknown: {
    en: 'Not in Genuine’s registry. That does not make it safe.',
    zh: '不在 Genuine 的名单里。这不代表它安全。',
  },
  registryVersion: (version: number): Text => ({
    en: `Registry v${version}`,
    zh: `名单版本 ${version}`,
  }),
  lastChecked: (when: string): Text => ({ en: `updated ${when}`, zh: `更新于 ${when}` }),
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
  guardBody: {
    en: 'This site is not an official wallet site, so it did not receive what you entered. Real support never asks for a recovery phrase or private key: whoever has it can empty your wallet.',
    zh: '这个网站不是官方钱包网站，所以它没有收到你输入的内容。真正的客服绝不会索要助记词或私钥：谁拿到它，谁就能转走你钱包里的全部资产。',
  },
  dismiss: { en: 'Close', zh: '关闭' },
} as const

/** Page marks: beside each contact a page gives for a project, and the banner over the page. */
export const MARK_WORDS = {
  official: (name: string): Text => ({ en: `✓ Official ${name}`, zh: `✓ ${name}官方` }),
  notOfficial: (name: string): Text => ({
    en: `✕ Not an official ${name} channel`,
    zh: `✕ 不是${name}的官方渠道`,
  }),
  unlisted: (name: string): Text => ({
    en: `✕ Not among ${name}’s official channels`,
    zh: `✕ 不在${name}的官方渠道里`,
  }),
  bannerTitle: (name: string): Text => ({
    en: `This page gives contacts that are not ${name}’s`,
    zh: `这个页面上有不属于${name}的联系方式`,
  }),
  useInstead: (name: string, channel: string): Text => ({
    en: `Use ${name}’s real channels: ${channel}`,
    zh: `请改用${name}真正的渠道：${channel}`,
  }),
  checkedHere: {
    en: 'Checked inside your browser by Genuine: nothing left it.',
    zh: 'Genuine 在你的浏览器内完成检查，没有任何内容离开浏览器。',
  },
  hideOnSite: { en: 'Don’t show on this site', zh: '在这个网站不再显示' },
} as const
