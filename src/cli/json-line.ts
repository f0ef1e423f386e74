/**
 * One verdict as one line of JSON, exactly `JSON.stringify(verdict)` (same fields, same order),
 * made cheaper for streams: a project's `never` list is one array shared by every verdict that
 * names the project (the index builds it once), and it is most of a line's bytes, so its JSON is
 * made once per array instead of once per line.
 * @example verdictLine(check('tokenpocket.pro', index)) // '{"input":"tokenpocket.pro",...}\n'
 */
import type { ContactVerdict, Verdict } from '../core'

const arrays = new WeakMap<object, string>()

function shared(value: object): string {
  let json = arrays.get(value)
  if (json === undefined) arrays.set(value, (json = JSON.stringify(value)))
  return json
}

function verdictJson(v: ContactVerdict | Verdict): string {
  let out = '{'
  for (const key in v) {
    const value = (v as Record<string, unknown>)[key]
    if (value === undefined) continue
    const json =
      key === 'never'
        ? shared(value as object)
        : key === 'contacts'
          ? `[${(value as ContactVerdict[]).map(verdictJson).join(',')}]`
          : JSON.stringify(value)
    out += (out.length > 1 ? ',"' : '"') + key + '":' + json
  }
  return out + '}'
}

export const verdictLine = (v: Verdict): string => verdictJson(v) + '\n'
