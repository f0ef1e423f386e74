/**
 * Seed-phrase guard (content script): on any site that is not an official wallet site, a
 * recovery phrase (English or Chinese BIP-39) or a private key pasted, dropped or typed into the
 * page is stopped, and the person is told what is true. Nothing typed is stored or sent anywhere:
 * the check runs here, in the page's isolated world.
 *
 * - Paste and drop are stopped before the page receives anything.
 * - Typing: once a run of wordlist words starts (RUN_START words in a row), the field's key and
 *   input events stop reaching the page's listeners; when the run reads as a phrase, the field is
 *   emptied and every key pressed afterwards is held back until the notice is closed. A page can
 *   still read a field's value while it fills, so the notice says it may have seen the words.
 */
import { findSecret } from '../../../src/core/contact/secret'
import { ask } from '../lib/ask'
import { guardNoticeOpen, showGuardNotice } from '../lib/guard-notice'
import { RUN_START, wordRun } from '../lib/word-run'
import { worthChecking } from '../lib/worth-checking'

/** Around the caret: a phrase or key being typed or pasted sits there, whatever the field holds. */
const BEFORE_CARET = 2_000
const AFTER_CARET = 200

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const
const TEXT_EVENTS = ['beforeinput', 'input'] as const

export default function seedPhraseGuard(): void {
  let on = true
  // Until the service worker answers (or if it cannot), the guard stays on: safe by default.
  ask({ type: 'guard' }).then(
    (answer) => (on = answer?.on ?? true),
    () => {},
  )
  /** The field in which a run of wordlist words is being typed: its events stay with us. */
  let running: HTMLElement | null = null

  const onTransfer = (e: ClipboardEvent | DragEvent) => {
    const data = 'clipboardData' in e ? e.clipboardData : e.dataTransfer
    if (!on || !isSecret(data?.getData('text/plain') ?? '')) return
    e.preventDefault()
    e.stopImmediatePropagation()
    showGuardNotice('pasted')
  }
  // Capture phase on window, registered at document_start: before any listener of the page.
  addEventListener('paste', onTransfer, true)
  addEventListener('drop', onTransfer, true)

  const onKey = (e: Event) => {
    if (!on || inNotice(e)) return
    if (guardNoticeOpen('typed')) {
      // After a typed phrase was cleared: nothing more reaches the page until the notice closes.
      if (!isTyping(e)) return
      e.preventDefault()
      e.stopImmediatePropagation()
      return
    }
    if (running && e.composedPath()[0] === running && isTyping(e)) e.stopImmediatePropagation()
  }
  for (const type of KEY_EVENTS) addEventListener(type, onKey, true)
  addEventListener('beforeinput', onKey, true)

  addEventListener(
    'input',
    (e) => {
      if (!on || (e as InputEvent).isComposing || inNotice(e)) return
      const field = e.composedPath()[0]
      if (!(field instanceof HTMLElement)) return
      if (guardNoticeOpen('typed')) {
        e.stopImmediatePropagation()
        return
      }
      if (isSecret(textNearCaret(field))) {
        clear(field)
        running = null
        e.stopImmediatePropagation()
        showGuardNotice('typed')
        return
      }
      running = wordRun(textBeforeCaret(field)) >= RUN_START ? field : null
      if (running) e.stopImmediatePropagation()
    },
    true,
  )
}

const isSecret = (text: string): boolean => worthChecking(text) && findSecret(text) !== null

/** A key that writes or deletes text (not Tab, Enter or the arrows), or the edit it makes. */
function isTyping(e: Event): boolean {
  if (TEXT_EVENTS.includes(e.type as (typeof TEXT_EVENTS)[number])) return true
  const { key, ctrlKey, metaKey, altKey } = e as KeyboardEvent
  return !ctrlKey && !metaKey && !altKey && (key.length === 1 || key === 'Backspace' || key === 'Delete')
}

/** Events inside the guard's own notice (its Close button) are the person's, not the page's. */
const inNotice = (e: Event): boolean =>
  e.composedPath().some((n) => n instanceof HTMLElement && n.localName === 'genuine-guard-notice')

function textBeforeCaret(field: HTMLElement): string {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    return field.value.slice(0, field.selectionStart ?? field.value.length)
  }
  return field.isContentEditable ? (field.textContent ?? '') : ''
}

function textNearCaret(field: HTMLElement): string {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    // selectionStart is null for input types without a caret (email, number): read it all.
    const caret = field.selectionStart ?? field.value.length
    return field.value.slice(Math.max(0, caret - BEFORE_CARET), caret + AFTER_CARET)
  }
  if (!field.isContentEditable) return ''
  const text = field.textContent ?? ''
  return text.slice(Math.max(0, text.length - BEFORE_CARET))
}

function clear(field: HTMLElement): void {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.value = ''
  else field.textContent = ''
}

// Try it on any page with a text field, e.g. https://www.google.com/ or a Telegram Web chat:
// paste "legal winner thank year wave sausage worth useful legal winner thank yellow".
