import { buildAliasMatcher } from '../../../src/core/contact/claims'
const mk = (i: number) => ({ id: `p${i}`, name: { en: `Brand${i}Wallet`, zh: `品牌${i}钱包` }, aliases: [`brand${i}`, `b${i} pay`, `品牌${i}`], channels: [], never: [], unconfirmed: [] }) as any
const ps = Array.from({ length: 3000 }, (_, i) => mk(i))
const t = performance.now(); buildAliasMatcher(ps); console.log(performance.now() - t)
