import type { Page } from '@playwright/test'

/**
 * Shapes of internal codes that must never reach a person: slugs and paragraph ids
 * (`kim-il-sung`, `explaining-evolution-p3`), snake_case field names (`doc_date`), UUIDs, hybrid
 * clock stamps and raw ISO instants, and codes "humanized" by capitalising (`Zh Hans`, `Wade giles`).
 */
export const CODE_PATTERNS: readonly RegExp[] = [
  // A slug starts with a letter; archival numbers such as 106-00999-01 are words people use.
  /\b[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}\b/,
  /\b[a-z]+-p\d+\b/,
  /\b[a-z]+(?:_[a-z]+)+\b/,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/,
  /\b[0-9a-f]{12}\.[0-9a-f]{4}\./,
  /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
  /\b(?:Zh|Ko) (?:Hans|Hant|KP|KR|Kore)\b/,
  /\b(?:Wade giles|Mccune reischauer|Bgn pcgn|Diary journal|Summary en)\b/,
  /\|/,
]

/**
 * The visible text of the app's own words: everything on screen except what the researcher or
 * the essay wrote (the essay article, record text marked with its language, and literal paths
 * and checksums shown in <code>), which may legitimately contain anything.
 */
async function interfaceText(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const skip = (el: Element) => el.closest('article.essay, code, [lang]:not(html), .citation-text, .search-hit-snippet') !== null
    const out: string[] = []
    const scope = document.querySelector(selector) ?? document.body
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || skip(parent) || !parent.checkVisibility()) continue
      const text = node.textContent?.trim()
      if (text) out.push(text)
    }
    for (const el of Array.from(scope.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      if (skip(el)) continue
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)
        if (value) out.push(value)
      }
    }
    return out
  }, root)
}

/** Every visible piece of interface text that looks like an internal code, with the pattern it matched. */
export async function codesOnScreen(page: Page, allowed: readonly string[] = []): Promise<string[]> {
  const texts = await interfaceText(page)
  const found: string[] = []
  for (const text of texts) {
    if (allowed.some((a) => text.includes(a))) continue
    const pattern = CODE_PATTERNS.find((p) => p.test(text))
    if (pattern) found.push(`${pattern.source} ⇒ ${text.slice(0, 120)}`)
  }
  return found
}

/** Latin words that are names in every language: keys, file types, and OCR. */
const LATIN_NAMES = /^(?:[A-Z]{2,}|Alt|Shift|Enter|Ctrl|Cmd|WebP)$/
/** Keys whose names are two words, written as on the keyboard in every language. */
const KEY_NAMES = /Page (?:Up|Down)/g

/**
 * Interface text under `root` holding a Latin word of three letters or more, in a language that
 * writes none (English left in a Chinese, Korean or Russian screen); `names` (file names, a
 * title) are taken out first.
 */
export async function latinWordsOnScreen(page: Page, root: string, names: readonly string[]): Promise<string[]> {
  const texts = await interfaceText(page, root)
  return texts.filter((text) => {
    const rest = names.reduce((left, name) => left.split(name).join(' '), text).replace(KEY_NAMES, ' ')
    return (rest.match(/[A-Za-z]{3,}/g) ?? []).some((word) => !LATIN_NAMES.test(word))
  })
}
