/**
 * Caution banner (content script, top frame only): a probable lookalike (an impersonation of
 * confidence `medium`) is not blocked like a sure one; the page loads with a banner over it that
 * names what it looks like and links the real site. The banner's code (lib/caution-ui.ts) loads
 * only on a page that gets one.
 */
import { ask } from '../lib/ask'
import { lazy } from '../lib/lazy'

export default function cautionBanner(): void {
  if (window.top !== window) return
  // A top-level navigation has just woken the service worker (navigation-check): asking costs
  // no extra wake.
  ask({ type: 'caution' }).then(
    async (answer) => {
      if (!answer) return
      const { showCaution } = await lazy('caution')
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => showCaution(answer), { once: true })
      else showCaution(answer)
    },
    () => {},
  )
}
