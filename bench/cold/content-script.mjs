// One frame's content-script start, in a fresh process (a new V8 heap, nothing compiled): the
// built extension/dist/content.js evaluated as Chromium evaluates it at document_start, with the
// few browser globals it touches at load stubbed. Prints the CPU time of that evaluation as JSON.
import { readFileSync } from 'node:fs'
import { runInThisContext } from 'node:vm'

const source = readFileSync(process.argv[2], 'utf8')
globalThis.addEventListener = () => {}
// At document_start the top frame's document is still loading: features wait for it.
globalThis.window = globalThis
globalThis.document = { readyState: 'loading' }
globalThis.chrome = {
  runtime: { sendMessage: () => Promise.resolve({ on: true }), id: 'bench' },
  i18n: { getUILanguage: () => 'zh-CN' },
}
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const start = cpu()
runInThisContext(source, { filename: 'content.js' })
console.log(JSON.stringify({ start: cpu() - start }))
