/**
 * What the content script costs in Chromium itself, read from a trace of the real extension (CDP
 * Tracing, devtools.timeline): the thread time of content.js's evaluation in each frame of a
 * page with three iframes, on its first load and loaded again, beside the page's own inline script in the same trace, and of the
 * guard's checks, loaded once a field is focused. The timings are recorded, not asserted (the
 * machine is shared; `npm run bench` gives the same-run ratios): they are printed and written to
 * test-artifacts/content-cost.json. What is asserted is what the figures rest on: content.js runs
 * in every frame, and the guard's checks load in no frame until a field there is focused, and
 * then once, in that frame only.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS } from '../browser/chromium'
import { startExtension, type Harness } from './harness'

const HOST = 'framed.example'
const FRAME = `<!doctype html><meta charset="utf-8"><p>an embedded frame</p>`
const PAGE = `<!doctype html><meta charset="utf-8"><title>framed</title>
<script>window.ownScript = performance.now()</script>
<textarea id="area"></textarea>
${[1, 2, 3].map((i) => `<iframe src="/frame-${i}"></iframe>`).join('\n')}`

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tdur?: number
  args?: { data?: { url?: string; frame?: string; scriptId?: number | string } }
}

let h: Harness
beforeAll(async () => {
  h = await startExtension()
  h.server.pages.set(`${HOST}/`, PAGE)
  for (const i of [1, 2, 3]) h.server.pages.set(`${HOST}/frame-${i}`, FRAME)
})
afterAll(() => h?.close())

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = []
  const collect = (d: { value: object[] }) => void events.push(...(d.value as TraceEvent[]))
  cdp.on('Tracing.dataCollected', collect)
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  })
  await run()
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await complete
  cdp.off('Tracing.dataCollected', collect)
  return events
}

const ms = (us: number | undefined) => Math.round((us ?? 0) / 10) / 100
const urlOf = (e: TraceEvent) => e.args?.data?.url ?? ''

describe('the content script in Chromium', () => {
  it('runs in every frame and loads the guard only where a field is focused (timings recorded)', async () => {
    const page = await h.context.newPage()
    const cdp = await h.context.newCDPSession(page)
    const events = await traced(cdp, async () => {
      await page.goto(`http://${HOST}/`)
      await expect.poll(() => page.frames().length).toBe(4)
      await page.waitForTimeout(1_000)
    })
    // content.js: one evaluation per frame, before anything else the extension does there.
    const evaluations = events.filter((e) => e.name === 'EvaluateScript' && urlOf(e).endsWith('/content.js'))
    expect(new Set(evaluations.map((e) => e.args?.data?.frame)).size).toBe(4)
    const own = events.find((e) => e.name === 'EvaluateScript' && urlOf(e).startsWith(`http://${HOST}/`))
    // The same page loaded again: the renderer and the extension's world in it already exist.
    const again = await traced(cdp, async () => {
      await page.reload()
      await page.waitForTimeout(1_000)
    })
    const reloaded = again.filter((e) => e.name === 'EvaluateScript' && urlOf(e).endsWith('/content.js'))
    expect(reloaded).toHaveLength(4)
    const modulesBefore = events.filter((e) => e.name === 'v8.compileModule' && urlOf(e).includes('/content/guard.js'))
    expect(modulesBefore).toEqual([])

    const focused = await traced(cdp, async () => {
      await page.focus('#area')
      await page.waitForSelector('#area')
      await page.waitForTimeout(1_000)
    })
    const guard = focused.filter((e) => e.name === 'v8.compileModule' && urlOf(e).includes('/content/guard.js'))
    expect(guard).toHaveLength(1)
    // The module's own code, run as it loads and on the field's events: calls into its script.
    const guardId = String(guard[0]!.args?.data?.scriptId)
    const guardCalls = focused.filter((e) => e.name === 'FunctionCall' && String(e.args?.data?.scriptId) === guardId)
    const figures = {
      chromium: await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]),
      'content.js per frame, first load, thread ms (EvaluateScript)': evaluations.map((e) => ms(e.tdur)),
      'content.js per frame, page loaded again, thread ms': reloaded.map((e) => ms(e.tdur)),
      "page's own inline script, thread ms (same trace)": ms(own?.tdur),
      'content/guard.js compile on first focus, thread ms': ms(guard[0]!.tdur),
      'content/guard.js calls after the focus, thread ms': ms(guardCalls.reduce((sum, e) => sum + (e.tdur ?? 0), 0)),
    }
    console.log('content script in Chromium:', JSON.stringify(figures))
    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(join(ARTIFACTS, 'content-cost.json'), JSON.stringify(figures, null, 2) + '\n')
    await page.close()
  })
})
