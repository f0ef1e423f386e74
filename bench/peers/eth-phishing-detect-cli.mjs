// The peer as a whole process: eth-phishing-detect 1.2.0 behind the usual readline wrapper.
import checkForPhishing from 'eth-phishing-detect'
import { createInterface } from 'node:readline'

for await (const domain of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(JSON.stringify({ domain, result: checkForPhishing(domain) }) + '\n')
}
