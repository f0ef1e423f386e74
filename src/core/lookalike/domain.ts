/**
 * Lookalike rules for host names. Each returns its ReasonCode; `matchDomain` runs them on the
 * site's own label and on each subdomain label, and names the project imitated.
 */
import type { ReasonCode } from '../verdict'
import type { HostInfo } from '../contact/host'
import { siteLabel, type Brands, type OwnSuffixLabel } from './brands'
import { better, findName, isPlain, findTypo, findWholeBrand, MAX_TEXT, read, type Hit, type Subject } from './find'
import { hasLure, hasStrong, readPadding } from './keywords'
import { boundedDistance, isTransposition } from './distance'
import { foldDigits, PLAIN_FOLD, plainSteps, skeleton } from './skeleton'
import type { LookalikeMatch } from './match'
import { endsAt, ROOT, step } from './trie'
import { isMixedScript, isWholeScriptLookalike } from './scripts'

/** Deeply nested hosts are cut: a brand hidden 20 labels down fools nobody on a screen. */
const MAX_SUBDOMAIN_LABELS = 8
const NON_ASCII = /[^\x00-\x7f]/

/** The host is an official site, or one of its subdomains (never a tenant of shared hosting). */
function isOfficial(host: HostInfo, brands: Brands): boolean {
  if (brands.officialHosts.has(host.ascii)) return true
  if (!host.sharedHosting && host.registrable && brands.officialRegistrables.has(host.registrable)) {
    return true
  }
  // A subdomain of an official shared-hosting site (en.tphelp.gitbook.io) is its owner's too.
  return host.sharedHosting && host.registrable !== null && brands.officialHosts.has(host.registrable)
}

/**
 * Reasons for a hit on the site's own label. An exact name on another suffix is a TLD swap; on
 * shared hosting, a tenant named like the brand.
 */
function siteReasons(hit: Hit, host: HostInfo): ReasonCode[] {
  const reasons: ReasonCode[] = []
  if (hit.kind === 'whole') {
    if (hit.homoglyph) reasons.push('homoglyph')
    else if (!host.sharedHosting) reasons.push('tld_swap')
  } else reasons.push(...hitReasons(hit))
  return reasons
}

function hitReasons(hit: Hit): ReasonCode[] {
  const reasons: ReasonCode[] = []
  if (hit.homoglyph) reasons.push('homoglyph')
  if (hit.kind === 'typo') reasons.push(hit.transposition ? 'transposition' : 'edit_distance')
  if (hit.kind === 'combo') reasons.push('combo_squatting')
  if (hit.kind === 'embedded') reasons.push('target_embedding')
  return reasons
}

/**
 * The best brand hit on the site's own label and on the subdomain labels nearest it (a brand in a
 * subdomain of another site: 'tokenpocket.pro.evil.net', 'metamask.io-login.ru'). Short and
 * common names in a subdomain are weak (confidence medium) unless followed by their own suffix or
 * keywords ('ledger.com.evil.net', 'exodus.wallet.example.com').
 *
 * Names spelled out are sought in every label first: any outranks any typo (see `better`), so the
 * typo search, the costly part, runs only when no label spells a name.
 */
function labelHits(names: string[], brands: Brands): { site: Hit | null; sub: Hit | null } {
  const last = names.length - 1
  const first = Math.max(0, last - MAX_SUBDOMAIN_LABELS)
  // Labels that spell no name: the ones a typo search may still find one in.
  const unnamed: [number, Subject][] = []
  let site: Hit | null = null
  let sub: Hit | null = null
  // The labels' skeleton letters, less one per dot: the joined labels' skeleton is at most one
  // letter shorter per dot (a letter pair across it, 'r.n'), so most hosts are too long for a name.
  let letters = 1 - names.length
  for (let i = first; i <= last; i++) {
    const subject = read(names[i]!)
    if (!subject) continue
    letters += subject.readings[0]!.skel.length
    const hit = findName(subject, brands)
    if (!hit) unnamed.push([i, subject])
    else if (i === last) site = hit
    else if (!isPlain(hit.token) || hit.kind !== 'whole' || telling(hit, names[i + 1]!)) {
      sub = better(sub, hit)
    } else {
      // A short or common name as a whole label of another site ('okx.somegroup.digital',
      // 'ledger.example.com'): most such hosts are fakes, some an honest team's own subdomain.
      sub = better(sub, { ...hit, weak: true })
    }
  }
  // Text over MAX_TEXT is read cut (labels alone, and joined), so only the search itself can tell.
  const joinable = letters <= brands.longestName || lengthOf(names) > MAX_TEXT
  sub = better(sub, splitName(names, brands, joinable))
  if (site || sub) return { site, sub }
  for (const [i, subject] of unnamed) {
    const hit = findTypo(subject, brands)
    if (i === last) site = hit
    else sub = better(sub, hit)
  }
  // A misspelt name cut by a dot ('tphelp.gitbok.io', 'metamsk.app.io' aside): the labels joined.
  if (!site && !sub && joinable && names.length > 1 && names.length <= MAX_SUBDOMAIN_LABELS) {
    const joined = read(names.join(''))
    if (joined) sub = findTypo(joined, brands)
  }
  return { site, sub }
}

const lengthOf = (labels: string[]) => labels.reduce((n, l) => n + l.length, 0)

/**
 * A brand name cut by dots: the name labels joined ('meta.mask.io', 'metam.ask.io'), or a run of
 * hyphen parts across a dot that spells a distinctive name ('ledger.live-newversion.com',
 * 'ledger.live.secure-cloud.com'); a common word split so would be a coincidence.
 */
function splitName(labels: string[], brands: Brands, joinable: boolean): Hit | null {
  if (labels.length < 2 || labels.length > MAX_SUBDOMAIN_LABELS) return null
  const joined = labels.join('')
  let best = joinable ? findWholeBrand(joined, brands) : null
  // The labels' skeletons in one string, separators kept, walked in place from each part's start.
  // Plain labels (most) are their own skeleton once folded character by character in the walk.
  const plain = labels.every((l) => plainSteps(l, l.length) >= 0)
  const text = plain ? labels.join('.') : labels.map((l) => foldDigits(skeleton(l))).join('.')
  // The raw letters are needed only for a name found, which most hosts never have.
  let raw: string | null = null
  for (let start = 0; start < text.length; start++) {
    const partStart = start === 0 || isSeparator(text.charCodeAt(start - 1))
    if (!partStart || isSeparator(text.charCodeAt(start))) continue
    let node = ROOT
    let crossed = false
    for (let k = start; k < text.length && node >= 0; k++) {
      const code = text.charCodeAt(k)
      if (isSeparator(code)) {
        crossed ||= code === DOT
        continue
      }
      node = step(brands.trie, node, code < 128 ? PLAIN_FOLD[code]! : code)
      const partEnd = k + 1 === text.length || isSeparator(text.charCodeAt(k + 1))
      if (node < 0 || !crossed || !partEnd) continue
      for (const id of endsAt(brands.trie, node)) {
        const token = brands.tokens[id]!
        if (token.tier !== 'distinctive' && token.tier !== 'compound') continue
        raw ??= joined.toLowerCase().replace(/[-_]/g, '')
        const homoglyph = !raw.includes(token.word)
        best = better(best, { token, kind: 'whole', homoglyph, transposition: false, weak: false })
      }
    }
  }
  return best
}

const DOT = 46
/** By character code: this walk visits every character of every host with a subdomain. */
const isSeparator = (code: number) => code === DOT || code === 45 || code === 95

/** What follows a short or common name in a subdomain makes it the brand: its own suffix
 * ('ledger.com1628.support') or keywords ('exodus.wallet.example.com'). */
function telling(hit: Hit, next: string): boolean {
  if ([...hit.token.suffixes].some((s) => next.startsWith(s.split('.')[0]!))) return true
  return hasStrong(readPadding(skeleton(next).replace(/-/g, ' ')))
}

/** The labels left of the public suffix, as a person reads them: 'meta', 'mask' of meta.mask.io. */
function nameLabels(host: HostInfo, site: string): string[] {
  // Splitting is a good part of a check's cost: most hosts have no subdomain and ASCII labels.
  if (host.unicode === host.ascii) {
    return host.subdomain ? [...host.subdomain.split('.'), site] : [site]
  }
  const count = host.subdomain ? host.subdomain.split('.').length + 1 : 1
  return host.unicode.split('.').slice(0, count)
}

/**
 * A keyword label that is a brand on its own suffix only (token.im): the same label misspelt,
 * spelt with look-alikes, or with keywords around it, on that suffix ('tokne.im', 't0ken.im',
 * 'support-token.im'), or cut by dots ('to.ken.im').
 */
function ownSuffixHit(text: string, labels: OwnSuffixLabel[]): Hit | null {
  let best: Hit | null = null
  const subject = read(text)
  if (subject) {
    for (const { folded, token } of labels) {
      for (const r of subject.readings) {
        const at = r.folded.indexOf(folded)
        // Most labels on a common suffix (.com) neither hold the word nor are one edit from it.
        if (at < 0 && Math.abs(r.folded.length - folded.length) > 1) continue
        const homoglyph = !subject.raw.includes(folded)
        const rest = at < 0 ? '' : `${r.folded.slice(0, at)} ${r.folded.slice(at + folded.length)}`
        const pad = at < 0 ? -1 : readPadding(rest.trim() ? rest : '')
        if (r.folded === folded) {
          best = better(best, { token, kind: 'whole', homoglyph, transposition: false, weak: false })
        } else if (hasLure(pad)) {
          // Filler or field words alone around a keyword ('mycrypto.com', 'crypto-exchange.com')
          // make an ordinary name.
          best = better(best, { token, kind: 'combo', homoglyph, transposition: false, weak: false })
        } else if (pad < 0 && !isEdge(r.folded, folded) && isOneEdit(r.folded, folded)) {
          // A letter replaced, added, dropped or two swapped inside the word ('cryto', 'c4rypto');
          // one more at either end makes another word ('z-crypto', 'cryptos', 'crypt').
          const homoglyph = NON_ASCII.test(subject.raw)
          const transposition = isTransposition(r.folded, folded)
          best = better(best, { token, kind: 'typo', homoglyph, transposition, weak: true })
        }
      }
    }
  }
  return best
}

const isOneEdit = (text: string, word: string) => boundedDistance(text, word, 1) <= 1

/** `text` is `word` with a letter added or dropped at either end. */
const isEdge = (text: string, word: string) =>
  text.length !== word.length &&
  (text.startsWith(word) || word.startsWith(text) || text.endsWith(word) || word.endsWith(text))

/** The project a host imitates, and why; null for official hosts and unrelated ones. */
export function matchDomain(host: HostInfo, brands: Brands): LookalikeMatch | null {
  if (host.isIp || host.registrable === null || isOfficial(host, brands)) return null
  const site = siteLabel(host)
  if (site === null) return null
  const names = nameLabels(host, site)
  const labelled = labelHits(names, brands)
  let { site: siteHit, sub } = labelled
  const own = host.suffix ? brands.ownSuffixLabels.get(host.suffix) : undefined
  if (own && !siteHit && !sub) {
    siteHit = ownSuffixHit(names[names.length - 1]!, own)
    if (!siteHit && names.length > 1) sub = ownSuffixHit(names.join(''), own)
  }
  const hit = better(siteHit, sub)
  if (!hit) return null
  const reasons: ReasonCode[] =
    hit === siteHit
      ? siteReasons(hit, host)
      : ['target_embedding', ...hitReasons(hit).filter((r) => r !== 'target_embedding')]
  // An all-ASCII host has no IDN label, so no script to mix.
  if (host.unicode !== host.ascii) {
    if (host.ascii.split('.').some((l) => l.startsWith('xn--'))) reasons.push('punycode')
    if (names.some(isMixedScript)) reasons.push('mixed_script')
    else if (names.some(isWholeScriptLookalike)) reasons.push('whole_script_confusable')
  }
  if (host.sharedHosting) reasons.push('shared_hosting')
  // A common-word name on another suffix ('phantom.io') may be anyone's site.
  const weak = hit.weak || (reasons.includes('tld_swap') && isPlain(hit.token))
  return {
    project: hit.token.project.id,
    reasons,
    imitates: hit.token.site,
    confidence: weak ? 'medium' : 'high',
  }
}
