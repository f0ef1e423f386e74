import { describe, expect, it } from 'vitest'
import { Project } from '../../registry/schema'
import { api, engineIndex, errorOf } from './helpers'

describe('GET /api/v1/projects', () => {
  it('lists every registry project with its names and aliases', async () => {
    const body = (await (await api('/api/v1/projects')).json()) as {
      projects: { id: string; aliases: string[] }[]
      stale: boolean
    }
    const index = await engineIndex()
    expect(body.projects.map((p) => p.id).sort()).toEqual([...index.projects.keys()].sort())
    expect(body.stale).toBe(false)
  })

  it('gives a project’s channels, unconfirmed channels apart, and its never statements', async () => {
    const res = await api('/api/v1/projects/tokenpocket')
    expect(res.status).toBe(200)
    const { project } = (await res.json()) as { project: Project }
    expect(project).toEqual(Project.parse((await engineIndex()).projects.get('tokenpocket')))
    expect(project.never.length).toBeGreaterThan(0)
    expect(project).toHaveProperty('unconfirmed')
  })

  it('answers not_found for an unknown project and validation_failed for a malformed id', async () => {
    expect(await errorOf(await api('/api/v1/projects/nosuchproject'))).toMatchObject({
      status: 404,
      code: 'not_found',
    })
    expect(await errorOf(await api('/api/v1/projects/%3Cscript%3E'))).toMatchObject({
      status: 400,
      code: 'validation_failed',
    })
  })
})
