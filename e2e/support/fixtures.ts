import { test as base } from '@playwright/test'
import { startHost, type Host } from './host'

/** Every test gets its own browser host on a fresh, empty library. */
export const test = base.extend<{ host: Host }>({
  // Playwright requires the fixture-object pattern even when a fixture uses no others.
  // eslint-disable-next-line no-empty-pattern -- see above
  host: async ({}, use) => {
    const host = await startHost()
    await use(host)
    await host.stop()
  },
})

export { expect } from '@playwright/test'
