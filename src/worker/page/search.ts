/**
 * Finds projects by any of their names. The engine's `claims` knows when a text names a project
 * ("TP钱包客服" → tokenpocket); people searching also type part of a name ("token", "币安"), so
 * a name containing what they typed counts too.
 */
import type { Project } from '../../../registry/schema'

/** Case-, width- and space-insensitive, as the registry's aliases are matched. */
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.]+/g, '')

/**
 * @example findProjects('TP钱包', projects, index.claims) // [tokenpocket]
 */
export function findProjects(
  q: string,
  projects: ReadonlyMap<string, Project>,
  claims: (text: string) => string[],
): Project[] {
  const all = [...projects.values()]
  const needle = fold(q)
  if (!needle) return all
  const claimed = new Set(claims(q))
  return all.filter(
    (p) =>
      claimed.has(p.id) ||
      [p.id, p.name.en, p.name.zh, ...p.aliases].some((name) => fold(name).includes(needle)),
  )
}
