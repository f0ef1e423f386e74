// The punycode package ships no types; only what the engine uses is declared.
declare module 'punycode/punycode.js' {
  const punycode: {
    toASCII(domain: string): string
    toUnicode(domain: string): string
  }
  export default punycode
}
