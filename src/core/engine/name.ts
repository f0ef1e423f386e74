import type { Project } from '../../../registry/schema'
import type { ContactVerdict, ReasonCode } from '../verdict'
import type { Index } from './build-index'
import { impersonationOf, judgeContact, unknownOf } from './judge'

/**
 * Words that make a name present itself as a project's staff: "TP钱包客服", "MetaMask Support",
 * "TokenPocket官方助手". English and pinyin ones are read by the handle rules; these are the
 * Chinese ones, and the English ones that appear as separate words in display names.
 */
const STAFF = /客服|官方|助手|管理员|管理|技术|售后|服务|支持|support|help|service|admin|official|team|mod(erator)?s?\b|care|desk|agent/i

/**
 * Checks an account's display name ("TP钱包客服", "TokenPocket Support"), as the Telegram guard
 * does for new members: a name that is a project's, or its name with a staff word, imitates it.
 * Names are not contacts, so nothing is ever `official` here: a real admin shows by their handle.
 * @example checkName('TP钱包官方客服', index).verdict // 'impersonation'
 */
export function checkName(name: string, index: Index): ContactVerdict {
  const raw = name.normalize('NFKC').slice(0, 256)
  const compact = compactOf(raw)
  const claimed = index.claims(raw)[0]
  const project = claimed ? index.projects.get(claimed) : undefined
  const handle = { kind: 'handle' as const, raw: name, handle: compact.toLowerCase(), platform: null }
  if (project && (STAFF.test(raw) || project.aliases.some((a) => sameName(a, compact)))) {
    return impersonationOf(handle, index, project, ['brand_in_handle'])
  }
  const byHandle = judgeContact(handle, index)
  // A disguised spelling ("T0kenPocket", "MetaMаsk" with a Cyrillic а) or a staff word beside a
  // lookalike is an impersonator's name; "Binance Fan Club" merely mentions a brand.
  const disguised = byHandle.reasons.some((r) => DISGUISES.has(r))
  if (byHandle.verdict === 'impersonation' && (disguised || STAFF.test(raw))) return byHandle
  return unknownOf(handle, index)
}

const DISGUISES: ReadonlySet<ReasonCode> = new Set(['homoglyph', 'edit_distance', 'transposition', 'mixed_script', 'whole_script_confusable'])

const compactOf = (name: string) => name.normalize('NFKC').replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, '')

const sameName = (alias: string, compact: string) =>
  compactOf(alias).toLowerCase() === compact.toLowerCase()

/** True when `text` is one of the project's names, however spaced or punctuated ("Token Pocket"). */
export function isNameOf(p: Project | undefined, text: string): boolean {
  const compact = compactOf(text)
  return !!p && [...p.aliases, p.name.en, p.name.zh].some((a) => sameName(a, compact))
}
