import type { LocaleId } from '../locales'
import { en } from './en'
import { ko } from './ko'
import { ru } from './ru'
import { zhHans } from './zh-Hans'

/** A translation: the English ids with words of another language (plural forms per its own rules). */
export type Catalogue = Readonly<Record<string, string>>

export const catalogues: Readonly<Record<LocaleId, Catalogue>> = { en, 'zh-Hans': zhHans, ko, ru }
