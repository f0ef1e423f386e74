#!/usr/bin/env node
// The `genuine` CLI runs a prebuilt bundle (scripts/build-cli.mjs), rebuilt first whenever one of
// its sources changed: fast to start, and never stale.
import { freshCli } from '../scripts/build-cli.mjs'

await import(await freshCli())
