/**
 * The offscreen judge (see lib/offscreen.ts): answers only the service worker, with the engine's
 * verdicts on the text it forwards. It holds the registry the service worker verified.
 */
import { buildIndex, type Index } from '../../../src/core/engine/build-index'
import { ask } from '../lib/ask'
import type { JudgeMessage } from '../lib/offscreen'
import { judgeTexts } from '../lib/page-judgement'

let held: { version: number; index: Promise<Index> } | undefined

chrome.runtime.onMessage.addListener((message: JudgeMessage, sender, respond) => {
  // Content scripts' messages reach every extension page too: answer the service worker only.
  if (sender.id !== chrome.runtime.id || sender.tab || message?.target !== 'judge') return false
  if (held?.version !== message.version) {
    const index = ask({ type: 'registry' }).then(({ signed, stale }) => buildIndex(signed, { stale }))
    held = { version: message.version, index }
  }
  void held.index.then((index) => respond(judgeTexts(message.texts, index)))
  return true
})
