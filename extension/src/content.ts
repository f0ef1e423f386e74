/**
 * The content script: runs at document_start in every frame of every http(s) page, so it only
 * registers listeners, asks one question in the top frame and tests whether the page is a search
 * engine's results (search labels). What the features do is loaded
 * when a frame first needs it (lib/lazy.ts): the guard's checks on a text field's first focus,
 * page marks once a top frame is idle, search labels on a search engine's results, the caution
 * banner on a page that gets one.
 */
import cautionBanner from './features/caution-banner'
import seedPhraseGuard from './features/seed-phrase-guard'
import { whenIdle } from './lib/idle'
import { lazy } from './lib/lazy'
import { engineAt } from './lib/search-engines'

seedPhraseGuard()
cautionBanner()
if (window === window.top) {
  if (engineAt(location)) void lazy('labels').then((m) => m.default())
  const marks = () => whenIdle(() => void lazy('marks').then((m) => m.default()))
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', marks, { once: true })
  else marks()
}
