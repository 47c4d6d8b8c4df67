/** From this share of a field's limit on, the editor shows a live count of characters. */
export const COUNT_FROM = 0.8

/**
 * What to say about a text's length as it is typed: nothing while it is well under the limit, a
 * count near it, and by how much it is over once past it (Save would refuse it). Lengths count
 * UTF-16 units, as the check on save does.
 */
export function lengthNotice(
  length: number,
  limit: number,
): { key: 'editor.lengthNear' | 'editor.lengthOver'; values: Record<string, number>; over: boolean } | undefined {
  if (length < limit * COUNT_FROM) return undefined
  if (length <= limit) return { key: 'editor.lengthNear', values: { length, limit, left: limit - length }, over: false }
  return { key: 'editor.lengthOver', values: { over: length - limit, limit }, over: true }
}

/** Where to cut a long text for a preview: at `near` or a little before it, at a space when one is close, never inside a surrogate pair. */
export function cutPoint(text: string, near: number): number {
  if (text.length <= near) return text.length
  const space = text.lastIndexOf(' ', near)
  let at = space > near - 200 && space > 0 ? space : near
  const code = text.charCodeAt(at - 1)
  if (code >= 0xd800 && code <= 0xdbff) at--
  return at
}
