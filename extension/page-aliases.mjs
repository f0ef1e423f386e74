/**
 * The names the page-marks prefilter looks for, from the registry's projects: every alias and
 * both names, lower-cased, separators dropped (the prefilter allows them back between letters).
 * Plain JS so the build (a define in the content script) and the bench use the one list.
 */
export function pageAliases(projects) {
  const out = new Set()
  for (const p of projects) {
    for (const alias of [...p.aliases, p.name.en, p.name.zh]) {
      const a = alias.normalize('NFKC').toLowerCase().replace(/[\s\-_.·•'’:|/\\]+/gu, '')
      if (a.length >= 2) out.add(a)
    }
  }
  return [...out].sort((a, b) => b.length - a.length)
}
