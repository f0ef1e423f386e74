/** Runs `run` when the browser is idle (within 2 s at most): the page's own work comes first. */
export const whenIdle = (run: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2_000 })
  else setTimeout(run, 200)
}
