/**
 * Reads a page or leaf range written after a reference code ("16-19", "pp. 16-19", "ll. 146-164",
 * "第3-7页"). Returns the range as digits and dashes, or undefined when nothing page-like is left.
 */
export function readPages(rest: string): string | undefined {
  const trimmed = rest
    .replace(/^[\s,，;；、:：]+/u, '')
    .replace(/^(?:pp?\.?|pages?|ll?\.?|лл?\.?|листы?|listy?|стр\.?|第)\s*/iu, '')
    .replace(/\s*[页頁]\s*$/u, '')
    .trim()
  const match = /^(\d+[a-zа-яё]*(?:\s*-\s*\d+[a-zа-яё]*)?)(?:\s*[,，]\s*\d+(?:\s*-\s*\d+)?)*$/iu.exec(trimmed)
  return match ? trimmed.replace(/\s*-\s*/g, '-') : undefined
}
