/**
 * The names the page-marks prefilter looks for, from the registry's projects: every alias and
 * both names, lower-cased, in the ways a page writes them: run together, or with a space, the
 * alias's own separator or a hyphen between its words, and with a space between Latin letters
 * and Han characters ("tp钱包", "tp 钱包", "trust wallet", "trustwallet", "trust-wallet"). The
 * prefilter then needs no pattern but alternations of literals, which the browser's regular
 * expression engine scans fast. A name spelt out letter by letter ("T P 钱 包") is not among
 * them. Plain JS so the build (a define in the content script) and the bench use the one list.
 */
const SEPARATORS = /[\s\-_.·•'’:|/\\]+/gu
/** More gaps than this and the name is written run together or as the registry has it only. */
const MAX_GAPS = 3

export function pageAliases(projects) {
  const out = new Set()
  for (const p of projects) {
    for (const alias of [...p.aliases, p.name.en, p.name.zh]) {
      for (const form of writtenForms(alias.normalize('NFKC').toLowerCase().trim())) {
        if (form.replace(SEPARATORS, '').length >= 2) out.add(form)
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length)
}

/** "tp钱包" → tp钱包, "tp 钱包"; "crypto.com" → crypto.com, cryptocom, "crypto com". */
function writtenForms(alias) {
  // Words and the separator after each: at the alias's own separators and at Latin/Han edges.
  const parts = alias.split(/([\s\-_.·•'’:|/\\]+|(?<=[a-z0-9])(?=\p{Script=Han})|(?<=\p{Script=Han})(?=[a-z0-9]))/u)
  const words = parts.filter((_, i) => i % 2 === 0).filter(Boolean)
  const seps = parts.filter((_, i) => i % 2 === 1)
  if (words.length - 1 > MAX_GAPS) return [alias, words.join('')]
  let forms = [words[0]]
  for (let i = 1; i < words.length; i++) {
    const own = seps[i - 1] || ''
    // Between Latin words a hyphen too ("trust-wallet"), unless the name is long already.
    const latin = /[a-z0-9]$/.test(words[i - 1]) && /^[a-z0-9]/.test(words[i])
    const joins = [...new Set(['', ' ', own.trim() || ' ', ...(latin && words.length <= 3 ? ['-'] : [])])]
    forms = forms.flatMap((f) => joins.map((j) => f + j + words[i]))
  }
  return forms
}
