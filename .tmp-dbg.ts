import { readFileSync, readdirSync } from 'node:fs'
import { buildBrands } from './src/core/lookalike'
import { findBrand } from './src/core/lookalike/find'
const projects = readdirSync('registry/projects').map((f) => JSON.parse(readFileSync('registry/projects/' + f, 'utf8')))
const b = buildBrands(projects)
console.log(b.tokens.map((t) => `${t.skel}:${t.tier}:${t.project.id}`).join(' '))
for (const x of process.argv.slice(2)) console.log(x, findBrand(x, b))
