/**
 * Which features that write on other sites' pages are on (the popup's switches); each is on until
 * turned off. Content scripts follow a change at once (onFeatureChange).
 */
export const FEATURES_KEY = 'features'

export interface Features {
  pageMarks: boolean
  searchLabels: boolean
}

export const FEATURE_NAMES: readonly (keyof Features)[] = ['pageMarks', 'searchLabels']

const read = (stored: unknown): Features => {
  const s = (stored ?? {}) as Partial<Features>
  return { pageMarks: s.pageMarks !== false, searchLabels: s.searchLabels !== false }
}

export async function readFeatures(): Promise<Features> {
  return read((await chrome.storage.local.get(FEATURES_KEY))[FEATURES_KEY])
}

export async function setFeature(name: keyof Features, on: boolean): Promise<void> {
  await chrome.storage.local.set({ [FEATURES_KEY]: { ...(await readFeatures()), [name]: on } })
}

/** Calls `then(on)` whenever the popup turns feature `name` on or off. */
export function onFeatureChange(name: keyof Features, then: (on: boolean) => void): void {
  chrome.storage.onChanged.addListener((changes, area) => {
    const change = area === 'local' ? changes[FEATURES_KEY] : undefined
    if (!change) return
    const [was, is] = [read(change.oldValue)[name], read(change.newValue)[name]]
    if (was !== is) then(is)
  })
}

/** Sites where the person closed the page-marks banner: it stays closed there. */
export const DISMISSED_KEY = 'marks-dismissed'
