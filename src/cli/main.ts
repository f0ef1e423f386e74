/**
 * `genuine`: the command line. Each command lives in its own module; this file only dispatches.
 * Exit codes: 0 whatever the verdicts, 2 for usage errors, 1 for a failed operation.
 */
// A module with nothing to export: it is run, not imported.
export {}

const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  check: () => import('./check'),
  registry: () => import('./registry'),
  moderators: () => import('./moderators'),
}

const USAGE = `genuine: check contacts against the signed registry of real support channels

Usage:
  genuine check [--json] CONTACT...     check each contact (URL, email, phone, handle, message)
  genuine check --json --stdin          one input per line, one JSON line per input
  genuine registry build|audit|keygen|sign|verify [options]
  genuine moderators add|revoke|list [options]

Run \`genuine COMMAND --help\` for a command's options.`

// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(process.exitCode ?? 0)
})

const [name, ...args] = process.argv.slice(2)
const load = name ? COMMANDS[name] : undefined
if (!load) {
  const help = name === '--help' || name === '-h' || name === 'help'
  ;(help ? process.stdout : process.stderr).write(USAGE + '\n')
  process.exitCode = help ? 0 : 2
} else {
  // No top-level await: the bundle is a CommonJS script, which V8 can start from a code cache.
  void load()
    .then((command) => command.run(args))
    .then((code) => (process.exitCode = code))
}
