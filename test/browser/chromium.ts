import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Debian's chromium package; CI installs it (.ci/run). Override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Flags that keep Chromium quiet on a machine without outside network: without them it keeps
 * trying to reach Google's hosts and its connections are refused many at a time.
 */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Where tests save screenshots for people to look at. */
export const ARTIFACTS = join(process.cwd(), 'test-artifacts')

export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...QUIET_FLAGS, ...args] })
}

/** A persistent context with an unpacked extension loaded (extensions need a user data dir). */
export function launchWithExtension(extensionDir: string, args: string[] = []): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'genuine-chromium-'))
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...args,
    ],
  })
}
