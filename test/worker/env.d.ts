/// <reference types="@cloudflare/vitest-pool-workers/types" />
/// <reference types="vite/client" />
import type { D1Migration } from 'cloudflare:test'
import type { Bindings } from '../../src/worker/env'

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      TEST_MIGRATIONS: D1Migration[]
      TEST_REPORTS_PUBLIC_KEY: string
      FUZZ_SECONDS: string
      FUZZ_SEED: string
    }
  }
}
