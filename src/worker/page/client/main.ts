/**
 * The page script: answers as you type, and never sends a wallet secret anywhere.
 *
 * Every word it shows was rendered by the server (the result fragment from `POST /check`, the
 * secret warning in a <template>, the report and dispute confirmations in hidden paragraphs), so the two
 * paths say exactly the same thing and this bundle is only the engine's `findSecret` and wiring.
 */
import { findSecret } from '../../../core/contact/secret'
import { couldBeKey } from './key-run'

const WAIT_MS = 350

/**
 * Typed text is answered as you type only while it is one token shaped like a contact: no
 * Chinese characters, and a digit, `@`, `.`, `/`, `:` or `+` in it (a number, link, address or
 * handle), which no recovery-phrase word has. A phrase typed word by word is not recognisable
 * until eight of its words are in, so its first words must not leave one pause at a time: other
 * typed text waits for the Check button. Pasted text is whole, so it is checked, then answered.
 */
const CONTACT_LIKE = /^\s*[^\s\p{Script=Han}]*[\d@./:+][^\s\p{Script=Han}]*\s*$/u
const PASTED = new Set(['insertFromPaste', 'insertFromDrop'])

const form = document.querySelector<HTMLFormElement>('#check')
const box = document.querySelector<HTMLTextAreaElement>('#q')
const results = document.querySelector<HTMLElement>('#results')
const announce = document.querySelector<HTMLElement>('#announce')
const empty = document.querySelector<HTMLElement>('#empty')
const secretWarning = document.querySelector<HTMLTemplateElement>('#secret-warning')
const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en'

let timer: ReturnType<typeof setTimeout> | undefined
let inFlight: AbortController | undefined
/**
 * Set once the box held a phrase or key. What is left after editing it (a word deleted, a
 * character cut) is still most of the secret, so nothing is sent until the box is emptied or
 * its whole text replaced.
 */
let flagged = false
/** What was reported or disputed in this visit: once each, whichever card it was sent from. */
const sent = new Set<string>()
/** The report and dispute forms of the answer shown. */
const SENT_FORMS = '.report form, .dispute form'

function warnSecret(reveal = false): void {
  flagged = true
  if (secretWarning) show(secretWarning.content.cloneNode(true), reveal)
}

/**
 * Shows an answer. `reveal` (a paste, Check, an example): on a phone the keyboard covers the
 * result, so drop it and bring the first verdict's headline into view.
 */
function show(content: Node | string, reveal = false): void {
  if (!results) return
  if (typeof content === 'string') results.innerHTML = content
  else results.replaceChildren(content)
  if (empty) empty.hidden = results.childElementCount > 0
  for (const f of results.querySelectorAll<HTMLFormElement>(SENT_FORMS)) {
    if (sent.has(sendable(f).key)) markSent(f)
  }
  const first = results.querySelector<HTMLElement>('.verdict')
  // One short line for screen readers: the first verdict, not the whole card.
  if (announce) announce.textContent = first?.textContent?.trim() ?? ''
  if (reveal && first) {
    if (document.activeElement === box && innerWidth < 700) box?.blur()
    first.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }
}

async function run(reveal = false): Promise<void> {
  clearTimeout(timer)
  inFlight?.abort()
  if (!box || !secretWarning) return
  const text = box.value
  if (!text.trim()) return show('')
  // Checked here, before any request: a recovery phrase must never leave the device.
  if (flagged || findSecret(text)) return warnSecret(reveal)
  const request = new AbortController()
  inFlight = request
  results?.setAttribute('aria-busy', 'true')
  try {
    const res = await fetch(`/check?lang=${lang}`, {
      method: 'POST',
      body: new URLSearchParams({ q: text }),
      signal: request.signal,
    })
    if (res.ok && inFlight === request) show(await res.text(), reveal)
  } catch (err) {
    // A newer keystroke aborted this request: its answer is no longer wanted.
    if (!(err instanceof DOMException && err.name === 'AbortError')) throw err
  } finally {
    if (inFlight === request) results?.removeAttribute('aria-busy')
  }
}

function schedule(): void {
  clearTimeout(timer)
  timer = setTimeout(run, WAIT_MS)
}

/**
 * What a report or dispute form sends to the JSON API, and the key that makes it once a visit: a
 * report per contact, a dispute per contact or per project whose claims were judged.
 */
function sendable(f: HTMLFormElement): { key: string; url: string; body: Record<string, unknown> } {
  const fields = Object.fromEntries(
    [...new FormData(f)].map(([k, v]) => [k, String(v).trim()]).filter(([, v]) => v),
  )
  if (f.closest('.report')) {
    return { key: `report:${fields.contact}`, url: '/api/v1/reports', body: fields }
  }
  const { project, topic, ...rest } = fields
  const body = project ? { ...rest, claim: { project, topic } } : rest
  return { key: `dispute:${fields.contact ?? project}`, url: '/api/v1/disputes', body }
}

/** A report or dispute form posts to the JSON API; its confirmation was rendered beside it. */
async function send(f: HTMLFormElement): Promise<void> {
  const { key, url, body } = sendable(f)
  const done = f.parentElement?.querySelector<HTMLElement>('.sent-done')
  const failed = f.parentElement?.querySelector<HTMLElement>('.sent-failed')
  // A note is free text: a person may paste their phrase there too.
  if (findSecret(String(body.note ?? '')) && secretWarning) {
    return show(secretWarning.content.cloneNode(true))
  }
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null)
  if (res?.ok) {
    sent.add(key)
    for (const other of results?.querySelectorAll<HTMLFormElement>(SENT_FORMS) ?? []) {
      if (sendable(other).key === key) markSent(other)
    }
    // Focus stays with the answer to what the person just did, not lost with the hidden form.
    done?.focus()
  } else if (failed) failed.hidden = false
}

function markSent(f: HTMLFormElement): void {
  f.hidden = true
  const box = f.parentElement
  if (box instanceof HTMLDetailsElement) box.open = true
  const done = box?.querySelector<HTMLElement>('.sent-done')
  const failed = box?.querySelector<HTMLElement>('.sent-failed')
  if (done) done.hidden = false
  if (failed) failed.hidden = true
}

// Replacing the whole text (select all, then paste or type) starts afresh.
box?.addEventListener('beforeinput', () => {
  if (box.selectionStart === 0 && box.selectionEnd === box.value.length) flagged = false
})
box?.addEventListener('input', (e) => {
  const text = box.value
  if (!text.trim()) flagged = false
  const pasted = e instanceof InputEvent && PASTED.has(e.inputType)
  const secret = flagged || findSecret(text) !== null
  if (!secret && (pasted || CONTACT_LIKE.test(text)) && !couldBeKey(text, !pasted)) {
    // A paste is whole: answer it at once, and show the answer.
    return pasted ? void run(true) : schedule()
  }
  clearTimeout(timer)
  inFlight?.abort()
  // Nothing is sent, and what is shown no longer answers the box; a phrase typed in full is
  // still recognised at once.
  if (secret) warnSecret(pasted)
  else show('')
})
form?.addEventListener('submit', (e) => {
  e.preventDefault()
  void run(true)
})
results?.addEventListener('submit', (e) => {
  const f = e.target
  if (!(f instanceof HTMLFormElement) || !f.closest('.report, .dispute')) return
  e.preventDefault()
  void send(f)
})
// Examples fill the box instead of navigating: the answer appears where it always does.
empty?.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-example]')
  if (!a || !box) return
  e.preventDefault()
  box.value = a.dataset.example ?? ''
  void run(true)
})
