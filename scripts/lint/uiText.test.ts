import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Lints a component as if it lived in the renderer, returning the literal-text messages. */
async function literalTextErrors(code: string): Promise<number> {
  const eslint = new ESLint()
  const [result] = await eslint.lintText(code, { filePath: 'src/renderer/src/Bad.tsx' })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'i18next/no-literal-string').length
}

describe('no UI text outside the message catalogue (eslint.config.mjs)', () => {
  it.each([
    ['text in JSX', 'export function View() { return <p>Loading the essay</p> }'],
    ['a label people read', 'export function View() { return <button aria-label="Close the dialog" /> }'],
    ['a placeholder', 'export function View() { return <input placeholder="Type a name" /> }'],
    ['a template with words', 'export function View({ n }: { n: number }) { return <p title={`${n} events`} /> }'],
    ['text in rows drawn by .map()', 'export function View({ xs }: { xs: string[] }) { return <ul>{xs.map((x) => <li key={x} title="Show where this is">{x}</li>)}</ul> }'],
    ['text in a row whose map spans lines', 'export function View({ xs }: { xs: string[] }) { return <ul>{xs\n  .filter(Boolean)\n  .map((x) => <li key={x}>{`Page ${x}`}</li>)}</ul> }'],
  ])('refuses %s', async (_, code) => {
    expect(await literalTextErrors(code)).toBeGreaterThan(0)
  })

  it.each([
    ['catalogue text and punctuation', "declare const t: (id: string) => string\nexport function View() { return <p>{t('essay.loading')} · (1)</p> }"],
    ['attributes nobody reads', 'export function View() { return <div className="x" id="y" role="status" aria-live="polite" /> }'],
    ['codes passed to functions', "declare const f: (k: string) => string\nexport function View() { return <p>{f('stance')}</p> }"],
    ['catalogue text in rows drawn by .map()', "declare const t: (id: string) => string\nexport function View({ xs }: { xs: string[] }) { return <ul>{xs.map((x) => <li key={x} title={t('pages.open')}>{x}</li>)}</ul> }"],
  ])('allows %s', async (_, code) => {
    expect(await literalTextErrors(code)).toBe(0)
  })
})
