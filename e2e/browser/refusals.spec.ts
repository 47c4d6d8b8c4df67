import { api, expect, test } from '../support/fixtures'

test('core refusals reach the screen in the reader’s language, not in English', async ({ page, host }, testInfo) => {
  await api(host, 'repositories.add', { name: 'National Institute of Korean History', original_name: '국사편찬위원회', collection: 'RG 242' })
  await api(host, 'settings.set', { language: 'ko' })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(host.url)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')

  // A note longer than a note may be: the core's input check, in Korean, after the field's name.
  await page.getByRole('button', { name: '연표' }).click()
  const filters = page.locator('form.timeline-filters')
  await filters.getByLabel('시작 날짜').fill('1956')
  await filters.getByLabel('끝 날짜').fill('1956')
  await page.locator('.event-list button', { hasText: /8월 전원회의|August plenum/ }).first().click()
  const notes = page.locator('.event-details section').last()
  await notes.getByLabel('메모 추가').fill('가'.repeat(5_001))
  await notes.getByRole('button', { name: '메모 저장' }).click()
  const alert = notes.getByRole('alert')
  await expect(alert).toHaveText('메모: 너무 깁니다. 최대 5,000자까지 쓸 수 있습니다.')
  await page.screenshot({ path: testInfo.outputPath('refusal-note-ko-1366x768.png') })

  // A collection the archive already has: the core's duplicate refusal, in Korean.
  await page.getByRole('button', { name: '자료실' }).click()
  await page.getByRole('button', { name: 'National Institute of Korean History에 문서군 추가' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox').fill('rg 242')
  await dialog.getByRole('button', { name: '문서군 추가' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('National Institute of Korean History에는 이미 문서군 “RG 242”이(가) 있습니다.')
  await page.screenshot({ path: testInfo.outputPath('refusal-collection-ko-1366x768.png') })
  await dialog.getByRole('button', { name: '취소' }).click()

  // The editor's date check (EDTF), as the date is typed: in Korean, not in the check's English.
  await page.getByRole('button', { name: '새 사료 기록' }).first().click()
  const editor = page.getByRole('dialog')
  await editor.locator('#fe-doc_date').fill('1956-02-30')
  await expect(editor.locator('.preview').filter({ hasText: '1956-02-30' })).toHaveText('1956-02-30: 그달은 29일까지 있고 30일은 없습니다.')
  await editor.locator('#fe-doc_date').fill('')
  await editor.locator('#fe-doc_date_as_written').fill('주체47(1959)년 11월')
  await expect(editor.locator('.preview.warning')).toHaveText('주체 47년은 1958년(주체 + 1911)인데 괄호에는 1959(으)로 적혀 있습니다. 날짜를 확인하세요.')
  await page.screenshot({ path: testInfo.outputPath('refusal-date-ko-1366x768.png') })
})
