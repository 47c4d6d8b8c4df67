export {
  parseDateAsWritten,
  type AsWrittenResult,
  type DateParseErrorCode,
  type ParsedDate,
} from './asWritten'
export { edtfBounds, validateEdtf, type EdtfBounds, type EdtfInfo, type EdtfValidation } from './edtfValue'
