/**
 * The content script's lazily loaded parts. content.js runs at document_start in every frame of
 * every page, so it holds only listeners and cheap gates; the code behind them (word lists,
 * the phrase finder, page marks, search labels, the caution banner) is loaded the first time a frame needs it,
 * as web-accessible ES modules (build.mjs names each part's module content/NAME.js), once per
 * frame.
 */
import type * as marks from '../features/page-marks'
import type * as labels from '../features/search-labels'
import type * as caution from './caution-ui'
import type * as guard from './guard-checks'

interface Parts {
  guard: typeof guard
  marks: typeof marks
  labels: typeof labels
  caution: typeof caution
}

const loading = new Map<keyof Parts, Promise<unknown>>()

export function lazy<K extends keyof Parts>(name: K): Promise<Parts[K]> {
  let part = loading.get(name)
  if (!part) {
    // A content script's dynamic import runs the module in the content script's own world. A
    // load that failed (the extension was just updated, say) is tried again next time.
    part = import(chrome.runtime.getURL(`content/${name}.js`)).catch((e: unknown) => {
      loading.delete(name)
      throw e
    })
    loading.set(name, part)
  }
  return part as Promise<Parts[K]>
}
