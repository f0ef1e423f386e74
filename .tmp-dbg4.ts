import { parseHost } from './src/core/contact/host'
import { buildBrands, matchDomain } from './src/core/lookalike'
import { loadProjects } from './test/core/lookalike/projects'
import { readPadding } from './src/core/lookalike/keywords'
const b = buildBrands(loadProjects())
import { findBrand } from './src/core/lookalike/find'
console.log(findBrand('blockchain-news', b)?.token.skel, findBrand('blockchain-news', b)?.kind)
