/**
 * Reads and checks the registry's source files. Every problem names its file and JSON path, and
 * all of them are reported at once, so one build run shows everything to fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { z } from 'zod'
import {
  ProjectSource,
  ReportedSource,
  TrustedKey,
  type ChannelType,
  type Refusal,
} from '../schema'
import { parseTrustedKeys } from '../../src/core/registry'
import { canonicalProblem } from './canonical-values'
import { projectFacts, reportedFacts, type Fact } from './facts'

/**
 * `registry/release.json`: the version of the next release. A maintainer raises it in the same
 * change that is signed; clients refuse anything lower than what they already hold (rollback).
 */
export const Release = z.object({ version: z.number().int().positive() })

export interface Sources {
  projects: ProjectSource[]
  reported: ReportedSource[]
  trustedKeys: TrustedKey[]
  version: number
  /** Every fact, and those past their recheck_by (allowed only with `allowDue`). */
  facts: Fact[]
  due: Fact[]
}

export interface LoadOptions {
  /** Today, for the recheck_by check (default: now). */
  now?: Date
  /** Accept facts past their recheck_by: for local development only; callers must say so. */
  allowDue?: boolean
}

/** Every problem, each as '[code] file: at path: message', so one build run shows all to fix. */
export class SourceError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
  /** The stable codes of the problems, in order. */
  get codes(): Refusal[] {
    return this.problems.map((p) => /^\[([a-z_]+)\]/.exec(p)![1] as Refusal)
  }
}

const pathOf = (path: PropertyKey[]) => (path.length ? path.join('.') : '(root)')

const problem = (code: Refusal, text: string) => `[${code}] ${text}`

/**
 * The code of a schema issue: the evidence rules carry theirs; a bare string where a source
 * object belongs is the old free-text source.
 */
function codeOf(issue: z.core.$ZodIssue): Refusal {
  const refusal = issue.code === 'custom' ? issue.params?.refusal : undefined
  if (refusal) return refusal as Refusal
  const inSources = issue.path.length >= 2 && issue.path[issue.path.length - 2] === 'sources'
  if (issue.code === 'invalid_type' && inSources && issue.expected === 'object') {
    return 'free_text_source'
  }
  return 'schema'
}

function readJson<T>(
  file: string,
  schema: z.ZodType<T>,
  problems: string[],
  code: Refusal = 'schema',
): T | undefined {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    problems.push(problem('bad_json', `${file}: ${(e as Error).message}`))
    return undefined
  }
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) {
    const c = codeOf(issue)
    problems.push(problem(c === 'schema' ? code : c, `${file}: at ${pathOf(issue.path)}: ${issue.message}`))
  }
  return undefined
}

type Contact = { type: ChannelType; value: string }

function checkValues(file: string, field: string, channels: readonly Contact[], out: string[]) {
  channels.forEach((c, i) => {
    const form = canonicalProblem(c.type, c.value)
    if (form) {
      out.push(problem('non_canonical', `${file}: at ${field}${i}.value: "${c.value}" is not ${form}`))
    }
  })
}

/**
 * One contact, one meaning: no channel belongs to two projects, and nothing official is also
 * reported as a scam. Website and help-center hosts share one key space, as in the engine's index.
 */
function checkOverlaps(projects: ProjectSource[], reported: ReportedSource[], problems: string[]) {
  const key = (c: Contact) => {
    const type = c.type === 'help_center' ? 'website' : c.type
    return `${type}:${c.type === 'discord' ? c.value : c.value.toLowerCase()}`
  }
  const owner = new Map<string, string>()
  for (const p of projects) {
    for (const c of [...p.channels, ...p.unconfirmed]) {
      const k = key(c)
      const other = owner.get(k)
      if (other) {
        problems.push(problem('duplicate_contact', `${k} is listed twice (projects ${other} and ${p.id})`))
      }
      owner.set(k, p.id)
    }
  }
  for (const r of reported) {
    const other = owner.get(key(r))
    if (other) {
      problems.push(
        problem('official_and_reported', `${key(r)} is reported (${r.kind}) but is a channel of ${other}`),
      )
    }
  }
}

/** Loads `projects/*.json`, `reported.json`, `trusted-keys.json` and `release.json` from `dir`. */
export function loadSources(dir: string, opts: LoadOptions = {}): Sources {
  const problems: string[] = []
  const projectDir = join(dir, 'projects')
  const files = existsSync(projectDir)
    ? readdirSync(projectDir).filter((f) => f.endsWith('.json'))
    : []
  if (files.length === 0) problems.push(problem('schema', `${projectDir}: no project files`))
  const projects: ProjectSource[] = []
  for (const name of files.sort()) {
    const file = join(projectDir, name)
    const project = readJson(file, ProjectSource, problems)
    if (!project) continue
    if (project.id !== basename(name, '.json')) {
      problems.push(problem('file_name', `${file}: at id: "${project.id}" must match the file name`))
    }
    checkValues(file, 'channels.', project.channels, problems)
    checkValues(file, 'unconfirmed.', project.unconfirmed, problems)
    projects.push(project)
  }
  const reportedFile = join(dir, 'reported.json')
  const reported = readJson(reportedFile, z.array(ReportedSource), problems) ?? []
  checkValues(reportedFile, '', reported, problems)
  // Ids come from file names (which they must match), so one broken project file does not also
  // turn every report about it into an error.
  const ids = new Set(files.map((f) => basename(f, '.json')))
  reported.forEach((r, i) => {
    if (r.project && !ids.has(r.project)) {
      problems.push(
        problem('unknown_project', `${reportedFile}: at ${i}.project: no project "${r.project}"`),
      )
    }
  })
  checkOverlaps(projects, reported, problems)
  const keysFile = join(dir, 'trusted-keys.json')
  const trustedKeys = readJson(keysFile, z.array(z.unknown()).max(2), problems, 'trusted_keys') ?? []
  let pinned: TrustedKey[] = []
  try {
    pinned = parseTrustedKeys(trustedKeys)
  } catch (e) {
    problems.push(problem('trusted_keys', `${keysFile}: ${(e as Error).message}`))
  }
  const release = readJson(join(dir, 'release.json'), Release, problems, 'release')
  const facts = [
    ...projects.flatMap((p) => projectFacts(p, join(projectDir, `${p.id}.json`))),
    ...reportedFacts(reported, reportedFile),
  ]
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10)
  const due = facts.filter((f) => f.recheck_by < today)
  if (!opts.allowDue) {
    for (const f of due) {
      problems.push(
        problem(
          'fact_due',
          `${f.file}: at ${f.path}: ${f.kind} ${f.type} ${f.value.slice(0, 60)} was due for re-checking on ${f.recheck_by}: ` +
            're-verify it (README: re-verifying a fact) and raise verified_at, or move it to unconfirmed or remove it',
        ),
      )
    }
  }
  if (problems.length) throw new SourceError(problems)
  return { projects, reported, trustedKeys: pinned, version: release!.version, facts, due }
}
