/** Project names by id, for every project a verdict mentions: the pages show names, not ids. */
import type { Index, Text, Verdict } from '../../../src/core'

export type Names = Record<string, Text>

export function namesIn(index: Index, verdicts: Pick<Verdict, 'project'>[]): Names {
  const names: Names = {}
  for (const { project } of verdicts) {
    const p = project ? index.projects.get(project) : undefined
    if (p) names[p.id] = p.name
  }
  return names
}
