/**
 * Seed-phrase guard (content script): on any site that is not an official wallet site, a
 * recovery phrase (English or Chinese BIP-39) or a private key pasted, dropped or typed into the
 * page is stopped, and the person is told what is true.
 *
 * - Paste and drop are stopped before the page receives anything.
 * - Typing: once a run of wordlist words starts (RUN_START words in a row), the field's key and
 *   input events stop reaching the page's listeners; when the run reads as a phrase, the field is
 *   emptied and every key pressed afterwards is held back until the notice is closed. A page can
 *   still read a field's value while it fills, so the notice says it may have seen the words.
 *
 * Cost: this part runs at document_start in every frame and only registers listeners. The
 * checks (lib/guard-checks.ts: word lists, phrase finder, notice) load when the frame's first
 * text field is focused or something is dragged over it, and ask the service worker whether the
 * guard is on there; a frame nobody types in never loads them or wakes the service worker.
 */
import { lazy } from '../lib/lazy'
import type { GuardChecks } from '../lib/guard-checks'
import { worthChecking } from '../lib/worth-checking'

const KEY_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput'] as const

let checks: GuardChecks | undefined
const load = (): Promise<GuardChecks> => lazy('guard').then((m) => (checks ??= m.guardChecks()))

export default function seedPhraseGuard(): void {
  // Capture phase on window, registered at document_start: before any listener of the page.
  addEventListener('focusin', (e) => void (editable(e.composedPath()[0]) && load()), true)
  addEventListener('dragenter', () => void load(), true)
  addEventListener('paste', onTransfer, true)
  addEventListener('drop', onTransfer, true)
  for (const type of KEY_EVENTS) addEventListener(type, (e) => checks?.key(e), true)
  addEventListener(
    'input',
    (e) => {
      if (checks) return checks.input(e as InputEvent)
      const field = e.composedPath()[0]
      if (field instanceof HTMLElement) void load().then((c) => c.typed(field))
    },
    true,
  )
}

function onTransfer(e: ClipboardEvent | DragEvent): void {
  const text = ('clipboardData' in e ? e.clipboardData : e.dataTransfer)?.getData('text/plain') ?? ''
  if (checks) return checks.transfer(e, text)
  // Not loaded yet (a paste the instant a field took focus): text that cannot hold a secret
  // passes; other text is held back until the checks decide, then put where it was going.
  if (!worthChecking(text)) return
  e.preventDefault()
  e.stopImmediatePropagation()
  const target = e.composedPath()[0]
  void load()
    .then((c) => c.held(text))
    .then((secret) => {
      if (secret || !(target instanceof HTMLElement)) return
      target.focus()
      document.execCommand('insertText', false, text)
    })
}

const editable = (n: EventTarget | undefined): boolean =>
  n instanceof HTMLInputElement ||
  n instanceof HTMLTextAreaElement ||
  (n instanceof HTMLElement && (n.isContentEditable || n.shadowRoot !== null))

// Try it on any page with a text field, e.g. https://www.google.com/ or a Telegram Web chat:
// paste "legal winner thank year wave sausage worth useful legal winner thank yellow".
