/**
 * The seed-phrase guard's decisions (see features/seed-phrase-guard.ts for what it does and
 * when). Loaded lazily (lib/lazy.ts) the first time a frame's text field is focused, pasted or
 * dropped into: it holds the word lists and the phrase finder, which no frame should pay for at
 * load. Nothing typed is stored or sent anywhere: the check runs here, in the page's isolated
 * world.
 */
import { findSecret } from '../../../src/core/contact/secret'
import { ask } from './ask'
import { guardNoticeOpen, showGuardNotice } from './guard-notice'
import { phraseWindow } from './phrase-window'
import { RUN_START, wordRun } from './word-run'
import { worthChecking } from './worth-checking'

const TEXT_EVENTS = ['beforeinput', 'input'] as const

export interface GuardChecks {
  /** Paste or drop: a secret is stopped before the page receives anything. */
  transfer(e: Event, text: string): void
  /** Key and beforeinput events: kept from the page while a run is typed or after a clear. */
  key(e: Event): void
  /** Input events: a field that now holds a typed phrase is emptied. */
  input(e: InputEvent): void
  /**
   * Text pasted or dropped before this module was loaded, which the content script held back:
   * true (and the notice shown) when it is a secret and the guard is on here.
   */
  held(text: string): Promise<boolean>
  /** A field typed in before this module was loaded: judged as it stands now. */
  typed(field: HTMLElement): void
}

export function guardChecks(): GuardChecks {
  let on = true
  // Until the service worker answers (or if it cannot), the guard stays on: safe by default.
  const answered = ask({ type: 'guard' }).then(
    (answer) => void (on = answer?.on ?? true),
    () => {},
  )
  /** The field in which a run of wordlist words is being typed: its events stay with us. */
  let running: HTMLElement | null = null

  /** Judges what typing made of `field`; true when its events must not reach the page. */
  const afterTyping = (field: HTMLElement): boolean => {
    if (isSecret(typedText(field))) {
      clear(field)
      running = null
      showGuardNotice('typed')
      return true
    }
    running = wordRun(textBeforeCaret(field)) >= RUN_START ? field : null
    return running !== null
  }

  return {
    transfer(e, text) {
      if (!on || !isSecret(text)) return
      e.preventDefault()
      e.stopImmediatePropagation()
      showGuardNotice('pasted')
    },
    async held(text) {
      await answered
      if (!on || !isSecret(text)) return false
      showGuardNotice('pasted')
      return true
    },
    key(e) {
      if (!on || inNotice(e)) return
      if (guardNoticeOpen('typed')) {
        // After a typed phrase was cleared: nothing more reaches the page until the notice closes.
        if (!isTyping(e)) return
        e.preventDefault()
        e.stopImmediatePropagation()
        return
      }
      if (running && e.composedPath()[0] === running && isTyping(e)) e.stopImmediatePropagation()
    },
    input(e) {
      if (!on || e.isComposing || inNotice(e)) return
      const field = e.composedPath()[0]
      if (!(field instanceof HTMLElement)) return
      if (guardNoticeOpen('typed') || afterTyping(field)) e.stopImmediatePropagation()
    },
    typed(field) {
      if (on && !guardNoticeOpen('typed')) afterTyping(field)
    },
  }
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

/** Where a phrase being typed into `field` can be: the window that ends at the caret. */
function typedText(field: HTMLElement): string {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    // selectionStart is null for input types without a caret (email, number): read to the end.
    return phraseWindow(field.value, field.selectionStart ?? field.value.length)
  }
  if (!field.isContentEditable) return ''
  const text = field.textContent ?? ''
  return phraseWindow(text, text.length)
}

function clear(field: HTMLElement): void {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.value = ''
  else field.textContent = ''
}
