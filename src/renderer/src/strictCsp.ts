import { z } from 'zod'

/**
 * zod probes for `new Function` on first use to decide whether to compile fast parsers. Under the
 * app's CSP (no 'unsafe-eval') the probe is blocked and caught, but the browser still reports a
 * `securitypolicyviolation`, which would drown out a real one. jitless skips the probe.
 * Imported first by main.tsx, before any schema parses.
 */
z.config({ jitless: true })
