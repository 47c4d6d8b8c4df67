import { expect, test as base } from '@playwright/test'
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

export { expect }

/** Calls the host's API as the page does (with the launch token): the `{ ok, value | error }` it answers. */
export async function callApi(host: Host, method: string, input: unknown = {}): Promise<unknown> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  return response.json()
}

/** Sets up through the API what a test needs, failing the test if the host refuses. */
export async function api(host: Host, method: string, input: unknown = {}): Promise<void> {
  expect(((await callApi(host, method, input)) as { ok: boolean }).ok).toBe(true)
}
