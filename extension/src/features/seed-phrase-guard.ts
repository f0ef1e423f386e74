/**
 * Seed-phrase guard (content script): on any site that is not an official wallet site, a
 * recovery phrase (English or Chinese BIP-39) or a private key pasted, dropped or typed into the
 * page is stopped before the page's own code sees it, and the person is told why. Nothing typed
 * is stored or sent anywhere: the check runs here, in the page's isolated world.
 *
 * Limits, stated plainly: a page sees each key press as it happens, so a phrase typed word by
 * word is stopped only once it is complete (the page's `input` listeners never see it whole, and
 * the field is emptied). Paste and drop are stopped before the page receives anything.
 */
import { findSecret } from '../../../src/core/contact/secret'
import { ask } from '../lib/ask'
import { showGuardNotice } from '../lib/guard-notice'
import { worthChecking } from '../lib/worth-checking'

/** Around the caret: a phrase or key being typed or pasted sits there, whatever the field holds. */
const BEFORE_CARET = 2_000
const AFTER_CARET = 200

export default function seedPhraseGuard(): void {
  let on = true
  // Until the service worker answers (or if it cannot), the guard stays on: safe by default.
  ask({ type: 'guard' }).then(
    (answer) => (on = answer?.on ?? true),
    () => {},
  )
  const onTransfer = (e: ClipboardEvent | DragEvent) => {
    const data = 'clipboardData' in e ? e.clipboardData : e.dataTransfer
    if (!on || !isSecret(data?.getData('text/plain') ?? '')) return
    e.preventDefault()
    e.stopImmediatePropagation()
    showGuardNotice()
  }
  // Capture phase on window, registered at document_start: before any listener of the page.
  addEventListener('paste', onTransfer, true)
  addEventListener('drop', onTransfer, true)
  addEventListener(
    'input',
    (e) => {
      if (!on || (e as InputEvent).isComposing) return
      const field = e.composedPath()[0]
      if (!(field instanceof HTMLElement) || !isSecret(textNearCaret(field))) return
      clear(field)
      e.stopImmediatePropagation()
      showGuardNotice()
    },
    true,
  )
}

const isSecret = (text: string): boolean => worthChecking(text) && findSecret(text) !== null

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
