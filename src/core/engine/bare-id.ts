/**
 * A bare token pasted alone ("tpkefu8888", "TPkefu_001", "wxid_abc123xyz", "tokenpocket_cn") is
 * an account on a platform the person did not name: it is tried as every platform's handle (a
 * Telegram or X username, a WeChat or QQ ID), so an official one is `official` as its link is.
 *
 * A bare word is also just a word: "keystroke" is no fake Keystone account, though "@keystroke"
 * would read as one. So a lookalike verdict stands only when the token holds the project's name
 * ("tokenpocketsupport", "metamask_help", "t0kenpocket"); anything else is an ID the registry
 * does not list, said as such.
 */
import type { Project } from '../../../registry/schema'
import { canonicalValue, type Contact } from '../contact/types'
import { foldDigits, skeleton } from '../lookalike/skeleton'
import type { ContactVerdict } from '../verdict'
import { explain } from '../../wording/explain'
import type { Index } from './build-index'
import { judgeContact, unknownOf } from './judge'

/** Judges a bare account name or ID (from parseBareId). */
export function judgeBareId(id: Contact, index: Index): ContactVerdict {
  const v = judgeContact(id, index)
  if (v.verdict === 'impersonation') {
    const p = v.project ? index.projects.get(v.project) : undefined
    if (p && holdsName(p, canonicalValue(id))) return v
  } else if (v.verdict !== 'unknown' || v.project) {
    return v
  }
  return { ...unknownOf(id, index), explanation: explain.unknownId }
}

/** True when `handle` spells one of the project's Latin names, digits read as letters. */
function holdsName(p: Project, handle: string): boolean {
  const h = foldDigits(skeleton(handle)).replace(/[_.-]/g, '')
  return [...p.aliases, p.name.en].some((name) => {
    const n = foldDigits(skeleton(name.toLowerCase())).replace(/[\s_.-]/g, '')
    return n.length >= 3 && /^[a-z0-9]+$/.test(n) && h.includes(n)
  })
}
