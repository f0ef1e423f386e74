/**
 * Standard input as batches of lines, one batch per chunk read, so a caller handles thousands of
 * lines with no promise between them. Only `\n` ends a line (a `\r` before it is dropped), so a
 * lone `\r` inside a pasted message stays part of that one input: readline would split it in two
 * and shift every later output against its input.
 */
export async function* stdinLines(input: NodeJS.ReadableStream = process.stdin): AsyncGenerator<string[]> {
  let rest = ''
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'))
    const batch: string[] = []
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      batch.push(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end))
      start = end + 1
    }
    rest = text.slice(start)
    if (batch.length) yield batch
  }
  if (rest) yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest]
}
