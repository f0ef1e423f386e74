/**
 * Output gathered as UTF-8 into chunks of about 64 KB: one write per chunk instead of one per
 * line. Each line is encoded into the chunk as it comes: gathering a chunk as one JS string
 * instead (a rope of thousands of lines, flattened and encoded at the write) cost as much as
 * making the lines. A full chunk is handed to the stream at once; `settle()` waits for `drain`
 * when the reader is behind, so memory stays at a batch of lines or two however long the input.
 */
const CHUNK = 64 * 1024

export function chunkedWriter(out: NodeJS.WritableStream = process.stdout) {
  let buffer = Buffer.allocUnsafe(2 * CHUNK)
  let used = 0
  let behind = false
  const push = () => {
    // The stream keeps the chunk until it is written: the next one goes into a new buffer.
    if (!out.write(buffer.subarray(0, used))) behind = true
    buffer = Buffer.allocUnsafe(2 * CHUNK)
    used = 0
  }
  const room = (size: number) => {
    if (used + size <= buffer.length) return
    if (used) push()
    if (size > buffer.length) buffer = Buffer.allocUnsafe(size)
  }
  return {
    /** Appends text, encoded as UTF-8. */
    add(text: string) {
      room(3 * text.length) // a UTF-16 unit is at most 3 bytes of UTF-8
      used += buffer.write(text, used)
      if (used >= CHUNK) push()
    },
    /** Waits until the reader has taken what was written, when it is behind. */
    async settle() {
      if (behind) await new Promise((resolve) => out.once('drain', resolve))
      behind = false
    },
    /** Writes whatever is left. */
    async end() {
      if (used) push()
      await this.settle()
    },
  }
}
