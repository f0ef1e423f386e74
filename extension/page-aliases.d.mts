import type { Project } from '../registry/schema'

export function pageAliases(projects: readonly Pick<Project, 'aliases' | 'name'>[]): string[]
