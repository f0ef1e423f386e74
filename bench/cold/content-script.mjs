// One frame's content-script start, in a fresh process (a new V8 heap, nothing compiled): the
// built extension/dist/content.js evaluated as Chromium evaluates it at document_start, with the
// few browser globals it touches at load stubbed. Prints the CPU time of that evaluation as JSON.
// One of the modules it loads later (content/NAME.js) is imported as the ES module it is.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runInThisContext } from 'node:vm'

const file = process.argv[2]
const isModule = /\/content\/[^/]+\.js$/.test(file)
const source = isModule ? '' : readFileSync(file, 'utf8')
globalThis.addEventListener = () => {}
// A top frame (which does most) at document_start: its document is still loading.
globalThis.window = globalThis
globalThis.top = globalThis
globalThis.location = new URL('https://example.com/help')
globalThis.document = { readyState: 'loading' }
globalThis.chrome = {
  // No answer: the page is no lookalike (the caution banner's question).
  runtime: { sendMessage: () => Promise.resolve(null), getURL: (path) => `chrome-extension://bench/${path}`, id: 'bench' },
  i18n: { getUILanguage: () => 'zh-CN' },
}
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const start = cpu()
if (isModule) await import(pathToFileURL(resolve(file)).href)
else runInThisContext(source, { filename: 'content.js' })
console.log(JSON.stringify({ start: cpu() - start }))
