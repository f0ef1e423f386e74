/** Whether a response shows any part of a secret: two of its words in a row, however joined. */
export function echoes(text: string, secret: string): boolean {
  const words = secret.split(/\s+/).filter(Boolean)
  if (words.length === 1) {
    // A key: any 16 characters of it in a row.
    for (let i = 0; i + 16 <= secret.length; i += 8) if (text.includes(secret.slice(i, i + 16))) return true
    return false
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (new RegExp(`${words[i]}(\\s|\\+|%20|&nbsp;|,|，)+${words[i + 1]}`, 'i').test(text)) return true
  }
  return false
}
