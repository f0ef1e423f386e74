/**
 * The offscreen document that judges page text with the whole engine. The service worker wakes
 * for every navigation, so it loads only the host check (see README, Size); a module service
 * worker cannot import code later, so the phone metadata and message reader live in one
 * offscreen document, created the first time a page names a project near support words and
 * shared by every tab. Only the text around those words is sent there, inside the browser.
 */
import type { PageJudgement } from './page-judgement'

const URL_PATH = 'judge.html'
let creating: Promise<void> | undefined

/** Asks the offscreen judge; `version` tells it which registry to hold. */
export async function judgeOffscreen(texts: string[], version: number): Promise<PageJudgement> {
  if (!texts.length) return { contacts: [], claims: [], support: {}, names: {} }
  await ensureDocument()
  const message: JudgeMessage = { target: 'judge', version, texts }
  return chrome.runtime.sendMessage(message)
}

export interface JudgeMessage {
  target: 'judge'
  version: number
  texts: string[]
}

async function ensureDocument(): Promise<void> {
  const url = chrome.runtime.getURL(URL_PATH)
  const open = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  })
  if (open.length) return
  creating ??= chrome.offscreen
    .createDocument({
      url: URL_PATH,
      // No reason fits "run a parser too large for the service worker" better than this one.
      reasons: [chrome.offscreen.Reason.DOM_PARSER],
      justification: 'Reads contacts in page text with the offline engine, which the service worker does not load.',
    })
    .finally(() => (creating = undefined))
  await creating
}
