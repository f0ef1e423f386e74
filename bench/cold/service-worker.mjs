// One service-worker wake, in a fresh process (a new V8 heap, nothing compiled): the built
// extension's background.js loaded as Chromium loads it when a top-level navigation wakes the
// worker, then that navigation (to a lookalike) dispatched, until the worker sends the tab to
// the warning page. chrome.* is stubbed with in-memory storage; `verified` starts the session
// with the registry already verified (a later wake), else it is verified first (the first wake).
// Prints the CPU time from the start of the module load to the warning, as JSON.
//   node bench/cold/service-worker.mjs extension/dist [verified]
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const dir = resolve(process.argv[2])
const verified = process.argv[3] === 'verified'
const LOOKALIKE = 'https://tokenpocket-support.com/login'
const snapshot = readFileSync(join(dir, 'registry.json'), 'utf8')

const listeners = {}
const event = (name) => ({ addListener: (fn) => void (listeners[name] = fn) })
const area = (data) => ({
  get: async (key) => (key == null ? { ...data } : { [key]: data[key] }),
  set: async (items) => void Object.assign(data, items),
  remove: async (key) => void delete data[key],
})
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
let warned
const warning = new Promise((resolve) => (warned = resolve))
globalThis.chrome = {
  runtime: {
    id: 'bench',
    getURL: (path) => `chrome-extension://bench/${path}`,
    onInstalled: event('installed'),
    onStartup: event('startup'),
    onMessage: event('message'),
  },
  i18n: { getUILanguage: () => 'zh-CN' },
  alarms: { onAlarm: event('alarm'), get: async () => ({}), create: async () => {} },
  webNavigation: { onBeforeNavigate: event('beforeNavigate'), onCommitted: event('committed') },
  tabs: { onRemoved: event('removed'), update: async (tabId, { url }) => warned(url) },
  storage: { local: area({}), session: area({}), onChanged: event('changed') },
  action: {},
}
// The registry snapshot is the extension's own file; the worker reaches nothing else here.
globalThis.fetch = async (url) => {
  if (String(url) === chrome.runtime.getURL('registry.json')) return { ok: true, status: 200, text: async () => snapshot }
  throw new Error(`no network in the bench: ${url}`)
}
if (verified) {
  await chrome.storage.session.set({ 'verified-version': JSON.parse(snapshot).signed.version })
}
const start = cpu()
await import(pathToFileURL(join(dir, 'background.js')).href)
const loaded = cpu()
listeners.beforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE, documentLifecycle: 'active' })
const url = await warning
const end = cpu()
if (!url.includes('warning.html')) throw new Error(`no warning: ${url}`)
console.log(JSON.stringify({ load: loaded - start, navigation: end - loaded, total: end - start }))
