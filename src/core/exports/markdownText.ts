/**
 * Escaping for user text placed in a Markdown report. Every character that CommonMark or GFM could
 * read as markup (links, images, HTML, emphasis, code, tables, footnote references) is
 * backslash-escaped, and line-start markers (headings, quotes, lists) are neutralised, so a
 * finding's text shows as written and cannot inject a link or HTML into the report.
 */
const INLINE = /[\\`*_{}[\]()<>#+!|~^&$]/g

/** One line of user text, escaped for inline use. */
function escapeLine(line: string): string {
  const escaped = line.replace(INLINE, (char) => `\\${char}`)
  // "- x", "= x", "1. x", "1) x" at the start of a line would start a list or a heading underline.
  return escaped.replace(/^(\s*)([-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/** User text for one Markdown paragraph or list item: escaped, line breaks kept as hard breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeLine(line.trim()))
    .filter((line) => line !== '')
    .join('\\\n')
}

/** User text as a block quote: every line escaped and prefixed with "> ". */
export function quoteMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeLine(line.trim())}`.trimEnd())
    .join('\n')
}

/** The first `limit` characters of a transcription, cut at a word or sentence boundary, with an ellipsis. */
export function excerpt(text: string, limit = 280): string {
  const chars = Array.from(text.trim())
  if (chars.length <= limit) return text.trim()
  const head = chars.slice(0, limit).join('')
  const cut = Math.max(
    head.lastIndexOf(' '),
    head.lastIndexOf('。'),
    head.lastIndexOf('，'),
    head.lastIndexOf('. '),
  )
  return `${(cut > limit / 2 ? head.slice(0, cut + 1) : head).trimEnd()} …`
}
