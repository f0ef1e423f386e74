/** Lookalike detection: which project a host or handle imitates, and by which rules. */
export { buildBrands, type Brands } from './brands'
export { matchDomain } from './domain'
export { matchHandle } from './handle'
export type { LookalikeMatch } from './match'
