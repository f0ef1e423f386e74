import { buildAliasMatcher } from '../../../src/core/contact/claims'
import { parseContact } from '../../../src/core/contact/parse'
import { extractContacts } from '../../../src/core/contact/message'
import { findSecret } from '../../../src/core/contact/secret'
const mk = (i: number) => ({ id: `p${i}`, name: { en: `Brand${i}Wallet`, zh: `品牌${i}钱包` }, aliases: [`brand${i}`, `b${i} pay`, `品牌${i}`], channels: [], never: [], unconfirmed: [] }) as any
for (const n of [20, 1000, 10000]) {
  const ps = Array.from({ length: n }, (_, i) => mk(i))
  let t = performance.now(); const m = buildAliasMatcher(ps); const build = performance.now() - t
  const msg = '您好，我是TP钱包客服，请提供助记词验证钱包，否则24小时内冻结。电话 400-800-1234 品牌42钱包'
  for (let i = 0; i < 2000; i++) m(msg)
  t = performance.now(); for (let i = 0; i < 20000; i++) m(msg); const per = (performance.now() - t) / 20000
  console.log(`projects=${n} build=${build.toFixed(0)}ms match=${(per * 1000).toFixed(1)}µs`)
}
const inputs = ['tokenpocket.pro', 'https://x.com/TokenPocket_TP', '+86 138 0013 8000', 'tokenpocket.service@gmail.com', '@TokenPocket_Support']
for (const s of inputs) { for (let i = 0; i < 5000; i++) parseContact(s); const t = performance.now(); for (let i = 0; i < 50000; i++) parseContact(s); console.log(s, ((performance.now() - t) / 50000 * 1000).toFixed(2), 'µs') }
const msg = '您好，我是TP钱包客服，微信：tpkefu888，电话 400-800-1234。官网 tokenpocket-help.com 或 https://t.me/tokenpocket_C'
for (let i = 0; i < 500; i++) extractContacts(msg)
let t = performance.now(); for (let i = 0; i < 5000; i++) extractContacts(msg); console.log('extractContacts', ((performance.now() - t) / 5000 * 1000).toFixed(1), 'µs')
t = performance.now(); for (let i = 0; i < 5000; i++) findSecret(msg); console.log('findSecret msg', ((performance.now() - t) / 5000 * 1000).toFixed(1), 'µs')
