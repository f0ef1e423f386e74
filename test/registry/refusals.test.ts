/**
 * The evidence rules `genuine registry build` enforces: each refusal has its stable code and a
 * message that names the file and the fact, on a copy of the committed sources with one fact
 * broken.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadSources, SourceError } from '../../registry/tools/sources'

const tmp = mkdtempSync(join(tmpdir(), 'genuine-refusals-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
let n = 0

const TP = 'projects/tokenpocket.json'

/** A copy of the committed sources with `edit` applied to one file. */
function withEdit(file: string, edit: (json: any) => void): string {
  const dir = join(tmp, String(n++))
  cpSync('registry', dir, { recursive: true })
  const path = join(dir, file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  edit(json)
  writeFileSync(path, JSON.stringify(json))
  return dir
}

function refusal(dir: string, now?: Date): SourceError {
  try {
    loadSources(dir, { now })
  } catch (e) {
    if (e instanceof SourceError) return e
    throw e
  }
  throw new Error('expected the sources to be refused')
}

const firstParty = (json: any) => json.channels.find((c: any) => c.value === 'service@tokenpocket.pro')

describe('registry build refuses', () => {
  it('a free-text source (the old string form, or a url that is not an https page)', () => {
    const asString = refusal(
      withEdit(TP, (p) => (firstParty(p).sources[0] = 'primary domain of TokenPocket')),
    )
    expect(asString.codes).toEqual(['free_text_source'])
    expect(asString.problems[0]).toMatch(/tokenpocket\.json: at channels\.\d+\.sources\.0/)
    const notUrl = refusal(
      withEdit(TP, (p) => (firstParty(p).sources[0].url = 'research notes in data/research')),
    )
    expect(notUrl.codes).toEqual(['free_text_source'])
    expect(notUrl.problems[0]).toContain('"research notes in data/research" is not an https URL')
    const http = refusal(withEdit(TP, (p) => (firstParty(p).sources[0].url = 'http://keypal.pro/')))
    expect(http.codes).toEqual(['free_text_source'])
  })

  it('a github: archive without a 40-hex commit', () => {
    const e = refusal(
      withEdit(TP, (p) => (firstParty(p).sources[0].archive = 'github:TP-Lab/tokens:README.md')),
    )
    expect(e.codes).toEqual(['unpinned_archive'])
    expect(e.problems[0]).toContain('not github:owner/repo@<40-hex commit>:path')
    const short = refusal(
      withEdit(TP, (p) => (firstParty(p).sources[0].archive = 'github:TP-Lab/tokens@105a99e:README.md')),
    )
    expect(short.codes).toEqual(['unpinned_archive'])
  })

  it('an active channel, a never statement, a support or a custody statement without a first-party source', () => {
    const thirdParty = (f: any) => f.sources.forEach((s: any) => (s.publisher = 'third_party'))
    const cases: [(p: any) => void, RegExp][] = [
      [(p) => thirdParty(firstParty(p)), /at channels\.\d+\.sources: an active channel needs a first_party source/],
      [(p) => thirdParty(p.never[0]), /at never\.0\.sources: a never statement needs a first_party source/],
      [(p) => thirdParty(p.support), /at support\.sources: a support statement needs/],
      [(p) => thirdParty(p.custody), /at custody\.sources: a custody statement needs/],
    ]
    for (const [edit, message] of cases) {
      const e = refusal(withEdit(TP, edit))
      expect(e.codes).toEqual(['no_first_party_source'])
      expect(e.problems[0]).toMatch(message)
    }
  })

  it('but takes a legacy or affiliate channel on a third-party source that says so', () => {
    const dir = withEdit('projects/okx.json', (p) => {
      const okex = p.channels.find((c: any) => c.value === 'okex.com')
      okex.sources = okex.sources.filter((s: any) => s.publisher === 'third_party')
    })
    expect(() => loadSources(dir)).not.toThrow()
  })

  it('a reported scam without evidence, and a not_official report without the brand’s words', () => {
    const scam = refusal(
      withEdit('reported.json', (r) => (r.find((x: any) => x.kind === 'scam').sources = [])),
    )
    expect(scam.codes).toEqual(['scam_without_evidence'])
    const notOfficial = refusal(
      withEdit('reported.json', (r) => {
        const x = r.find((x: any) => x.kind === 'not_official')
        x.sources.forEach((s: any) => (s.publisher = 'third_party'))
      }),
    )
    expect(notOfficial.codes).toEqual(['no_first_party_source'])
  })

  it('a recheck_by not after verified_at, or more than a year after it', () => {
    for (const recheck of ['2026-12-02', '2028-01-01']) {
      const e = refusal(withEdit(TP, (p) => (firstParty(p).recheck_by = recheck)))
      expect(e.codes).toEqual(['bad_recheck_by'])
    }
  })

  it('a fact past its recheck_by, naming it; allowDue lets it through for development', () => {
    const dir = withEdit(TP, (p) => {
      firstParty(p).verified_at = '2025-01-01'
      firstParty(p).recheck_by = '2025-06-01'
    })
    const e = refusal(dir)
    expect(e.codes).toEqual(['fact_due'])
    expect(e.problems[0]).toMatch(
      /tokenpocket\.json: at channels\.\d+: channel email service@tokenpocket\.pro was due for re-checking on 2025-06-01/,
    )
    const loaded = loadSources(dir, { allowDue: true })
    expect(loaded.due.map((f) => f.value)).toEqual(['service@tokenpocket.pro'])
  })

  it('every committed fact once its default recheck_by (verified_at + 180 days) has passed', () => {
    const e = refusal('registry', new Date('2030-01-01T00:00:00Z'))
    expect(new Set(e.codes)).toEqual(new Set(['fact_due']))
    expect(e.problems.length).toBe(loadSources('registry').facts.length)
  })
})
