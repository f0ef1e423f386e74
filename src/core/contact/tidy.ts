/**
 * Text as people paste it, made comparable: full-width forms folded (NFKC turns "＠", "：", "０"
 * into "@", ":", "0"), invisible and direction-control characters dropped, defanged links
 * ("hxxps://evil[.]com") restored.
 */

/** Zero-width, soft hyphen, bidi controls and BOM: invisible, and used to split or disguise text. */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g

/** Folds widths and drops invisible characters; lengths may change, so spans refer to the result. */
export function tidy(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '')
}

/** Undoes the usual defanging of links in threat reports: hxxp, [.], (dot), [@]. */
export function refang(text: string): string {
  return text
    .replace(/\bhxxp(s?):\/\//gi, 'http$1://')
    .replace(/\s?[[({](?:\.|dot)[\])}]\s?/gi, '.')
    .replace(/\s?[[({](?:@|at)[\])}]\s?/gi, '@')
    .replace(/\[:\]/g, ':')
}
