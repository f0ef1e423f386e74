import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ProjectSource, type Project } from '../../../registry/schema'
import { signedProject } from '../../../registry/tools/build'

const DIR = join(import.meta.dirname, '..', '..', '..', 'registry', 'projects')

/** The real registry's projects, as the signed registry carries them. */
export function loadProjects(): Project[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => signedProject(ProjectSource.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8')))))
}
