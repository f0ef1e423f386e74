/**
 * Reads and checks the registry's source files. Every problem names its file and JSON path, and
 * all of them are reported at once, so one build run shows everything to fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { z } from 'zod'
import { ProjectSource, Reported, TrustedKey, type ChannelType } from '../schema'
import { parseTrustedKeys } from '../../src/core/registry'
import { canonicalProblem } from './canonical-values'

/**
 * `registry/release.json`: the version of the next release. A maintainer raises it in the same
 * change that is signed; clients refuse anything lower than what they already hold (rollback).
 */
export const Release = z.object({ version: z.number().int().positive() })

export interface Sources {
  projects: ProjectSource[]
  reported: Reported[]
  trustedKeys: TrustedKey[]
  version: number
}

export class SourceError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
}

const pathOf = (path: PropertyKey[]) => (path.length ? path.join('.') : '(root)')

function readJson<T>(file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    problems.push(`${file}: ${(e as Error).message}`)
    return undefined
  }
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) {
    problems.push(`${file}: at ${pathOf(issue.path)}: ${issue.message}`)
  }
  return undefined
}

type Contact = { type: ChannelType; value: string }

function checkValues(file: string, field: string, channels: readonly Contact[], out: string[]) {
  channels.forEach((c, i) => {
    const form = canonicalProblem(c.type, c.value)
    if (form) out.push(`${file}: at ${field}${i}.value: "${c.value}" is not ${form}`)
  })
}

/**
 * One contact, one meaning: no channel belongs to two projects, and nothing official is also
 * reported as a scam. Website and help-center hosts share one key space, as in the engine's index.
 */
function checkOverlaps(projects: ProjectSource[], reported: Reported[], problems: string[]) {
  const key = (c: Contact) => {
    const type = c.type === 'help_center' ? 'website' : c.type
    return `${type}:${c.type === 'discord' ? c.value : c.value.toLowerCase()}`
  }
  const owner = new Map<string, string>()
  for (const p of projects) {
    for (const c of [...p.channels, ...p.unconfirmed]) {
      const k = key(c)
      const other = owner.get(k)
      if (other) problems.push(`${k} is listed twice (projects ${other} and ${p.id})`)
      owner.set(k, p.id)
    }
  }
  for (const r of reported) {
    const other = owner.get(key(r))
    if (other) problems.push(`${key(r)} is reported as a scam but is a channel of ${other}`)
  }
}

/** Loads `projects/*.json`, `reported.json`, `trusted-keys.json` and `release.json` from `dir`. */
export function loadSources(dir: string): Sources {
  const problems: string[] = []
  const projectDir = join(dir, 'projects')
  const files = existsSync(projectDir)
    ? readdirSync(projectDir).filter((f) => f.endsWith('.json'))
    : []
  if (files.length === 0) problems.push(`${projectDir}: no project files`)
  const projects: ProjectSource[] = []
  for (const name of files.sort()) {
    const file = join(projectDir, name)
    const project = readJson(file, ProjectSource, problems)
    if (!project) continue
    if (project.id !== basename(name, '.json')) {
      problems.push(`${file}: at id: "${project.id}" must match the file name`)
    }
    checkValues(file, 'channels.', project.channels, problems)
    checkValues(file, 'unconfirmed.', project.unconfirmed, problems)
    projects.push(project)
  }
  const reportedFile = join(dir, 'reported.json')
  const reported = readJson(reportedFile, z.array(Reported), problems) ?? []
  checkValues(reportedFile, '', reported, problems)
  // Ids come from file names (which they must match), so one broken project file does not also
  // turn every report about it into an error.
  const ids = new Set(files.map((f) => basename(f, '.json')))
  reported.forEach((r, i) => {
    if (r.project && !ids.has(r.project)) {
      problems.push(`${reportedFile}: at ${i}.project: no project "${r.project}"`)
    }
  })
  checkOverlaps(projects, reported, problems)
  const keysFile = join(dir, 'trusted-keys.json')
  const trustedKeys = readJson(keysFile, z.array(z.unknown()).max(2), problems) ?? []
  let pinned: TrustedKey[] = []
  try {
    pinned = parseTrustedKeys(trustedKeys)
  } catch (e) {
    problems.push(`${keysFile}: ${(e as Error).message}`)
  }
  const release = readJson(join(dir, 'release.json'), Release, problems)
  if (problems.length) throw new SourceError(problems)
  return { projects, reported, trustedKeys: pinned, version: release!.version }
}
