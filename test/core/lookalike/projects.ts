import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Project } from '../../../registry/schema'

const DIR = join(import.meta.dirname, '..', '..', '..', 'registry', 'projects')

/** The real registry's projects, as the signed registry carries them. */
export function loadProjects(): Project[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => Project.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))))
}
