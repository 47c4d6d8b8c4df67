import { stripPrefixes } from './normalize'
import { readPages } from './pages'
import type { ParsedReference } from './types'

/** Provinces whose archives the essay's field cites, by every name a note may open with. */
const PROVINCES: Record<string, readonly string[]> = {
  hebei: ['河北省档案馆', '河北省檔案館', 'Hebei Provincial Archives', 'Hebei'],
  jilin: ['吉林省档案馆', '吉林省檔案館', 'Jilin Provincial Archives', 'Jilin'],
  liaoning: ['辽宁省档案馆', '遼寧省檔案館', 'Liaoning Provincial Archives', 'Liaoning'],
  heilongjiang: ['黑龙江省档案馆', '黑龍江省檔案館', 'Heilongjiang Provincial Archives', 'Heilongjiang'],
  shandong: ['山东省档案馆', '山東省檔案館', 'Shandong Provincial Archives', 'Shandong'],
  sichuan: ['四川省档案馆', '四川省檔案館', 'Sichuan Provincial Archives', 'Sichuan'],
  gansu: ['甘肃省档案馆', '甘肅省檔案館', 'Gansu Provincial Archives', 'Gansu'],
  guizhou: ['贵州省档案馆', '貴州省檔案館', 'Guizhou Provincial Archives', 'Guizhou'],
  shanghai: ['上海市档案馆', '上海市檔案館', 'Shanghai Municipal Archives', 'Shanghai'],
}
const GENERIC_PREFIXES = ['省档案馆', '省檔案館', 'Provincial Archives', '档号', '檔號']

const CODE = /^(\d+)-(\d+)-(\d+)(?:-(\d+))?(?![\d-])/

function provinceOf(text: string): { province?: string; rest: string } {
  for (const [province, names] of Object.entries(PROVINCES)) {
    const { rest, stripped } = stripPrefixes(text, names)
    if (stripped.length > 0) return { province, rest: stripPrefixes(rest, GENERIC_PREFIXES).rest }
  }
  return { rest: stripPrefixes(text, GENERIC_PREFIXES).rest }
}

/**
 * Chinese provincial codes, 全宗-目录-案卷-件 (e.g. Hebei `855-10-80-9`), or three parts when the
 * item is not given. The province, when the note names it, is part of the key: two provinces can
 * use the same numbers for different files.
 */
export function parseChineseProvincial(normalized: string): ParsedReference | null {
  const { province, rest } = provinceOf(normalized)
  const match = CODE.exec(rest)
  if (!match) return null
  const [, quanzong, mulu, anjuan, jian] = match
  const parsed: Record<string, string> = { quanzong: quanzong!, mulu: mulu!, anjuan: anjuan! }
  if (jian !== undefined) parsed.jian = jian
  if (province !== undefined) parsed.province = province
  const code = [quanzong, mulu, anjuan, jian].filter((p) => p !== undefined).join('-')
  const pages = readPages(rest.slice(match[0].length))
  return {
    scheme: 'cn-provincial',
    reference_parsed: parsed,
    reference_key: ['cn-provincial', province, code].filter((p) => p !== undefined).join('|'),
    ...(pages === undefined ? {} : { pages }),
  }
}
