// Genuine's icon, drawn once in code: a magnifying glass on a blue tile. Neutral on purpose: the
// toolbar badge (✓, ?, !) carries the verdict, so the icon itself must never look like a tick.
// `svg()` is the page's favicon; `png(size)` rasterises the same shapes for the extension, with
// a tiny PNG encoder (node:zlib), so no image tool or download is needed.
import { crc32, deflateSync } from 'node:zlib'

const BLUE = [0x0b, 0x57, 0xd0]
const WHITE = [0xff, 0xff, 0xff]
/** On a 64-unit square: the tile's corner radius, the lens (centre, radius, ring width), the handle. */
const TILE_RADIUS = 14
const LENS = { x: 28, y: 28, r: 13, w: 6 }
const HANDLE = { x1: 38, y1: 38, x2: 49, y2: 49, w: 8 }

export function svg() {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="${TILE_RADIUS}" fill="#0b57d0"/>` +
    `<g fill="none" stroke="#fff" stroke-linecap="round">` +
    `<circle cx="${LENS.x}" cy="${LENS.y}" r="${LENS.r}" stroke-width="${LENS.w}"/>` +
    `<path d="M${HANDLE.x1} ${HANDLE.y1}L${HANDLE.x2} ${HANDLE.y2}" stroke-width="${HANDLE.w}"/>` +
    `</g></svg>`
  )
}

/** Which colour a point of the 64-unit square is, or null outside the tile. */
function colourAt(x, y) {
  const r = TILE_RADIUS
  const cx = Math.min(Math.max(x, r), 64 - r)
  const cy = Math.min(Math.max(y, r), 64 - r)
  if (x < 0 || y < 0 || x > 64 || y > 64 || Math.hypot(x - cx, y - cy) > r) return null
  if (Math.abs(Math.hypot(x - LENS.x, y - LENS.y) - LENS.r) <= LENS.w / 2) return WHITE
  const { x1, y1, x2, y2, w } = HANDLE
  const t = Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)))
  if (Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1))) <= w / 2) return WHITE
  return BLUE
}

/** An RGBA PNG of the icon, `size` pixels square, anti-aliased by 4×4 supersampling. */
export function png(size) {
  const N = 4
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let py = 0; py < size; py++) {
    rows[py * (size * 4 + 1)] = 0 // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < N; sy++)
        for (let sx = 0; sx < N; sx++) {
          const c = colourAt(((px + (sx + 0.5) / N) * 64) / size, ((py + (sy + 0.5) / N) * 64) / size)
          if (!c) continue
          for (let i = 0; i < 3; i++) sum[i] += c[i]
          sum[3]++
        }
      const o = py * (size * 4 + 1) + 1 + px * 4
      for (let i = 0; i < 3; i++) rows[o + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0
      rows[o + 3] = Math.round((sum[3] / (N * N)) * 255)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** The sizes Chrome asks for: toolbar (16, 32), extensions page (48), store and install (128). */
export const ICON_SIZES = [16, 32, 48, 128]
