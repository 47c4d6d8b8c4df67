import { stripPrefixes } from './normalize'
import { readPages } from './pages'
import type { ParsedReference } from './types'

/** Ways the PRC Foreign Ministry Archive and its file numbers are introduced in notes. */
export const PRC_FMA_PREFIXES = [
  '中华人民共和国外交部档案馆',
  '中華人民共和國外交部檔案館',
  '外交部档案馆',
  '外交部檔案館',
  '档号',
  '檔號',
  'PRC FMA',
  'PRC MFA',
  'CFMA',
  'FMA',
] as const

const FILE_NUMBER = /^(\d{1,3})-(\d{1,5})-(\d{1,2})(?![\d-])/

/**
 * PRC FMA file numbers `FFF-NNNNN-II` (全宗-卷-件). Zero-pads to 3/5/2 digits so "106-777-02" and
 * "106-00777-02" are one document; a page range after the number goes to `pages`, not the key.
 */
export function parsePrcFma(normalized: string): ParsedReference | null {
  const { rest } = stripPrefixes(normalized, PRC_FMA_PREFIXES)
  const match = FILE_NUMBER.exec(rest)
  if (!match) return null
  const quanzong = match[1]!.padStart(3, '0')
  const juan = match[2]!.padStart(5, '0')
  const jian = match[3]!.padStart(2, '0')
  const pages = readPages(rest.slice(match[0].length))
  return {
    scheme: 'prc-fma',
    reference_parsed: { quanzong, juan, jian },
    reference_key: `prc-fma|${quanzong}-${juan}-${jian}`,
    ...(pages === undefined ? {} : { pages }),
  }
}
