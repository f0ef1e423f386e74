import { createRoute, z } from '@hono/zod-openapi'
import { Project, ProjectId } from '../../../registry/schema'
import { getIndex } from '../engine'
import type { Env } from '../env'
import { ApiError, errorResponses } from '../errors'
import { json, router } from './openapi'

const ProjectSummary = Project.pick({ id: true, name: true, aliases: true })

const listProjects = createRoute({
  method: 'get',
  path: '/projects',
  summary: 'Every project in the registry',
  responses: {
    200: json(z.object({ projects: z.array(ProjectSummary), stale: z.boolean() }), 'The projects'),
  },
})

const getProject = createRoute({
  method: 'get',
  path: '/projects/{id}',
  summary: 'A project’s real channels and what it never does',
  description:
    '`channels` are confirmed by the project itself; `unconfirmed` ones only by a third party (never `official`); `never` lists what its support never does. `stale: true` means the registry has expired.',
  request: { params: z.object({ id: ProjectId }) },
  responses: {
    200: json(z.object({ project: Project, stale: z.boolean() }), 'The project'),
    ...errorResponses('validation_failed', 'not_found'),
  },
})

export const projectRoutes = router()
  .openapi(listProjects, async (c) => {
    const index = await getIndex(c.env)
    const projects = [...index.projects.values()].map(({ id, name, aliases }) => ({ id, name, aliases }))
    return c.json({ projects, stale: index.stale }, 200)
  })
  .openapi(getProject, async (c) => {
    const index = await getIndex(c.env)
    const project = index.projects.get(c.req.valid('param').id)
    if (!project) throw new ApiError('not_found', 'No such project.')
    return c.json({ project, stale: index.stale }, 200)
  })
