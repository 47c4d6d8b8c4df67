export { approximateMatches, boundedEditDistance, type ApproximateMatch } from './fuzzy'
export { reanchor, type ReanchorResult } from './reanchor'
export {
  CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  PassageAnchor,
  TextPositionSelector,
  TextQuoteSelector,
  codePointToUtf16,
  codePoints,
  createAnchor,
  createAnchorFromUtf16,
  utf16ToCodePoint,
} from './selectors'
