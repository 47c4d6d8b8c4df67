export { detectReferenceScheme, parseGeneric, parseReference, SCHEME_BY_REPOSITORY } from './parseReference'
export { foldHomoglyphs, foldReference, normalizeReferenceText } from './normalize'
export { REFERENCE_SCHEMES, type ParsedReference, type ReferenceScheme } from './types'
