/** Which optional features are on (the popup's switches); both are on until turned off. */
export const FEATURES_KEY = 'features'

export interface Features {
  pageMarks: boolean
}

export async function readFeatures(): Promise<Features> {
  const stored = (await chrome.storage.local.get(FEATURES_KEY))[FEATURES_KEY] as Partial<Features> | undefined
  return { pageMarks: stored?.pageMarks !== false }
}

export async function setFeature(name: keyof Features, on: boolean): Promise<void> {
  await chrome.storage.local.set({ [FEATURES_KEY]: { ...(await readFeatures()), [name]: on } })
}

/** Sites where the person closed the page-marks banner: it stays closed there. */
export const DISMISSED_KEY = 'marks-dismissed'
