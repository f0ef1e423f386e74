/**
 * Output gathered into chunks of about 64 KB: one write per chunk instead of one per line, which
 * is much of a line's cost at a few microseconds a check. `settle()` writes full chunks and waits
 * for `drain` when the reader is behind, so memory stays at a chunk or two however long the input.
 */
const CHUNK = 64 * 1024

export function chunkedWriter(out: NodeJS.WritableStream = process.stdout) {
  let buffer = ''
  const write = async () => {
    const full = !out.write(buffer)
    buffer = ''
    if (full) await new Promise((resolve) => out.once('drain', resolve))
  }
  return {
    add(text: string) {
      buffer += text
    },
    /** Writes what has gathered once it fills a chunk. */
    async settle() {
      if (buffer.length >= CHUNK) await write()
    },
    /** Writes whatever is left. */
    async end() {
      if (buffer) await write()
    },
  }
}
