/**
 * The words the extension adds to other sites' pages: page marks beside a contact and their
 * banner, the labels on search results, and the popup's switches for both (issue 16).
 */
import type { Text } from '../../registry/schema'

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
  /** Over the false things a page says about a project (its phone line, password resets...). */
  claimsTitle: (name: string): Text => ({
    en: `What this page says about ${name} is not true`,
    zh: `这个页面对${name}的说法不实`,
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

/** Search results: a label after the title of each result whose host is in the registry. */
export const SEARCH_WORDS = {
  official: (name: string): Text => ({ en: `✓ Official ${name} site`, zh: `✓ ${name}官网` }),
  fake: (name: string): Text => ({ en: `✕ Fake ${name}`, zh: `✕ 仿冒${name}` }),
  /** A reported scam site that imitates no particular project. */
  scam: { en: '✕ Known scam site', zh: '✕ 已知诈骗网站' },
  /** A probable lookalike (medium confidence): surely not the project's, perhaps not an attack. */
  notTheirs: (name: string): Text => ({ en: `? Not ${name}’s site`, zh: `? 不是${name}官网` }),
} as const

/** The popup's switches, one per feature that writes on other sites' pages. */
export const FEATURE_WORDS = {
  title: { en: 'On the pages you visit', zh: '在你浏览的网页上' },
  pageMarks: {
    en: 'Mark fake and real support contacts',
    zh: '标出假冒和真实的客服联系方式',
  },
  searchLabels: {
    en: 'Label official and fake sites in search results',
    zh: '在搜索结果中标出官网和仿冒网站',
  },
} as const
