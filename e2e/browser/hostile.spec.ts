import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import { armTripwires, expectShownVerbatim } from '../fixtures/hostile/guards'
import { LONG_PAYLOAD, PAYLOADS as P, marked } from '../fixtures/hostile/payloads'
import {
  ALIAS,
  ANNOTATION,
  CLAIM_PARAGRAPH,
  PASSAGE_PARAGRAPH,
  TITLES,
  api,
  hostileEvent,
  hostileFinding,
  hostileSyncFile,
} from '../fixtures/hostile/seed'
import { newDataDir, startHost, type Host } from '../support/host'

/** The library folder's own name is a payload too: the Library view shows the path. */
const HOSTILE_FOLDER = `<img src=x onerror=window.__pwned='folder'>`

const test = base.extend<{ host: Host }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
  host: async ({}, use) => {
    const dataDir = join(newDataDir(), HOSTILE_FOLDER)
    mkdirSync(dataDir)
    const host = await startHost(dataDir)
    await use(host)
    await host.stop()
  },
})

/** Seeds the library: a hostile finding, event, annotation and alias, and a colleague's hostile sync file. */
async function seed(host: Host): Promise<void> {
  const essay = await api<{ sections: { paragraphs: { id: string; runs: { text: string }[] }[] }[] }>(host, 'essay.get', {})
  const paragraph = essay.sections.flatMap((s) => s.paragraphs).find((p) => p.id === PASSAGE_PARAGRAPH)
  const quote = [...(paragraph?.runs.map((r) => r.text).join('') ?? '')].slice(0, 40).join('')
  const event = await api<{ id: string }>(host, 'events.create', hostileEvent())
  await api(host, 'events.annotate', { eventId: event.id, note: ANNOTATION })
  await api(host, 'entities.addName', { entityId: 'kim-il-sung', form: ALIAS, lang: 'ko', script: 'Hang' })
  await api(host, 'findings.create', hostileFinding(event.id, quote))
  const colleague = await startHost()
  try {
    const file = await hostileSyncFile(colleague)
    await api(host, 'sync.import', { file_base64: file })
  } finally {
    await colleague.stop()
  }
}

test('hostile text in every field is shown as text in every view, and nothing runs', async ({ page, host }) => {
  test.setTimeout(120_000)
  await seed(host)
  const wires = await armTripwires(page, host.origin)
  await page.goto(host.url)
  const views = page.getByRole('navigation', { name: 'Views' })

  await test.step('essay: finding and event badges, passage highlight', async () => {
    await page.locator('.paragraph-block', { has: page.locator(`#${CLAIM_PARAGRAPH}`) }).locator('.finding-badge').click()
    await expectShownVerbatim(page, TITLES.finding)
    await page.locator('.paragraph-block', { has: page.locator(`#${CLAIM_PARAGRAPH}`) }).locator('.event-badge').click()
    await expectShownVerbatim(page, TITLES.event)
    const mark = page.locator(`#${PASSAGE_PARAGRAPH} mark`).first()
    await expect(mark).toHaveAttribute('title', new RegExp(TITLES.finding.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    await wires.assertQuiet()
  })

  await test.step('timeline: event details with sources, note and annotation; the finding card', async () => {
    await views.getByRole('button', { name: 'Timeline' }).click()
    const filters = page.getByRole('form', { name: 'Timeline filters' })
    await filters.getByLabel('From date').fill('1958')
    await filters.getByLabel('To date').fill('1958')
    await page.getByRole('region', { name: /^Findings on the timeline/ }).getByRole('button', { name: /FINDING/ }).click()
    await expect(page.getByRole('article', { name: /FINDING/ })).toBeVisible()
    for (const text of [TITLES.finding, marked('REF', P.anchor), marked('ORIG', P.template), marked('SUMMARY', P.svg)]) {
      await expectShownVerbatim(page, text)
    }
    await page.getByRole('region', { name: /^Events/ }).getByRole('button', { name: /EVENT/ }).click()
    for (const text of [TITLES.event, marked('EVENTSUMMARY', P.img), marked('SOURCE', P.jsUrl), P.control, marked('EVENTNOTE', P.markdown), ANNOTATION]) {
      await expectShownVerbatim(page, text)
    }
    await wires.assertQuiet()
  })

  await test.step('entity page: the alias and the hostile event', async () => {
    await page.getByRole('article', { name: /EVENT/ }).getByRole('link', { name: 'Kim Il Sung' }).click()
    const entity = page.getByRole('article', { name: 'Kim Il Sung' })
    await expect(entity.getByRole('table', { name: /Names/ })).toBeVisible()
    await expectShownVerbatim(page, ALIAS)
    await expectShownVerbatim(page, TITLES.event)
    await wires.assertQuiet()
  })

  await test.step('findings list and detail, local and synced', async () => {
    await views.getByRole('button', { name: 'Findings' }).click()
    const grid = page.getByRole('grid', { name: 'Findings' })
    await expectShownVerbatim(page, TITLES.syncedFinding)
    await grid.getByRole('row', { name: /FINDING/ }).click()
    // Long texts are shown collapsed: open them, and scroll each to its end so every piece is on screen.
    for (const showAll of await page.getByRole('button', { name: /^Show all \(/ }).all()) await showAll.click()
    const boxes = page.locator('.long-text-box')
    await expect
      .poll(() => boxes.evaluateAll((all) => all.some((el) => ((el.scrollTop = el.scrollHeight), el.textContent!.includes('END-OF-LONG')))))
      .toBe(true)
    for (const text of [
      TITLES.finding,
      marked('REF', P.anchor),
      P.rtl,
      P.control,
      marked('ORIG', P.template),
      P.css,
      P.attribute,
      P.jsUrl,
      marked('CLAIMNOTE', P.markdown),
      marked('PASSAGENOTE', P.dataUrl),
      LONG_PAYLOAD,
      marked('TRANSLATION', P.remote),
      marked('SUMMARY', P.svg),
      // Tags (stored in sorted order, so each is checked on its own).
      P.img,
      P.template,
      marked('PROVENANCE', P.css),
      marked('SUPPLIER', P.attribute),
    ]) {
      await expectShownVerbatim(page, text)
    }
    await grid.getByRole('row', { name: /SYNCED/ }).click()
    await expectShownVerbatim(page, marked('SYNCSUMMARY', P.anchor))
    await wires.assertQuiet()
  })

  await test.step('the editor holds the payloads as field values', async () => {
    await page.getByRole('grid', { name: 'Findings' }).getByRole('row', { name: /FINDING/ }).click()
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    const editor = page.getByRole('dialog', { name: 'Edit finding' })
    await expect(editor.getByLabel(/^Title or description/)).toHaveValue(TITLES.finding)
    await expect(editor.getByLabel(/^Reference/).first()).toHaveValue(marked('REF', P.anchor))
    await expect(editor.getByLabel(/^Summary/)).toHaveValue(marked('SUMMARY', P.svg))
    await wires.assertQuiet()
    await page.keyboard.press('Escape')
  })

  await test.step('library: the hostile folder name', async () => {
    await views.getByRole('button', { name: 'Library' }).click()
    await expectShownVerbatim(page, HOSTILE_FOLDER)
    await wires.assertQuiet()
  })
})

test('the tripwires do fire when payload markup reaches the page', async ({ page, host }) => {
  const wires = await armTripwires(page, host.origin)
  await page.goto(host.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await wires.assertQuiet()
  // What a view that used innerHTML would do with a title:
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), P.img)
  await expect(wires.assertQuiet()).rejects.toThrow(/injected|csp/)
})
