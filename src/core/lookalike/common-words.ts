/**
 * Brand names that are also ordinary words. Like Chromium's common-word list for target
 * embedding, these never match on mere containment: 'hyperledger', 'phantombuster' and
 * 'trustpilot' are other sites. They need a crypto or support keyword beside them, or an
 * exact look-alike of the whole name.
 */
import { foldDigits, skeleton } from './skeleton'

const WORDS = [
  'account', 'alpha', 'anchor', 'apex', 'argent', 'armory', 'atlas', 'atomic', 'aura', 'backpack',
  'bank', 'base', 'beacon', 'bitcoin', 'block', 'blockchain', 'blue', 'bridge', 'bright', 'cash',
  'chain', 'circle', 'cloud', 'coin', 'coins', 'compound', 'core', 'cosmos', 'crypto', 'curve',
  'dash', 'delta', 'digital', 'echo', 'edge', 'element', 'ember', 'energy', 'exodus', 'falcon',
  'finance', 'first', 'flow', 'frame', 'fusion', 'galaxy', 'gate', 'gemini', 'genesis', 'global',
  'gold', 'guardian', 'harbor', 'harmony', 'horizon', 'infinity', 'key', 'keystone', 'kraken',
  'ledger', 'legacy', 'liberty', 'light', 'lunar', 'maker', 'matrix', 'meta', 'metro', 'mint',
  'money', 'nexus', 'nova', 'oasis', 'omega', 'open', 'orbit', 'orion', 'pancake', 'phantom',
  'phoenix', 'pilot', 'pocket', 'portal', 'prime', 'pulse', 'quantum', 'rainbow', 'ripple', 'safe',
  'secure', 'sentinel', 'shield', 'solar', 'spark', 'stellar', 'summit', 'sushi', 'swap', 'titan',
  'token', 'trinity', 'trust', 'unity', 'vault', 'wallet', 'zero', 'zenith',
]

const SKELETONS: ReadonlySet<string> = new Set(WORDS.map((w) => foldDigits(skeleton(w))))

/** True when a (digit-folded) skeleton spells one of the common words. */
export const isCommonWord = (skel: string): boolean => SKELETONS.has(skel)
