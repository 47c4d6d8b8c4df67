import type { en } from './messages/en'

/** i18next's plural suffixes (CLDR categories). */
export type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

/** `count.event_one` and `count.event_other` are both asked for as `count.event`. */
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K

/** Every message id of the catalogue, as code asks for it. A typo is a type error. */
export type MessageId = WithoutPlural<keyof typeof en>

/** Values put into a message: `{{name}}` placeholders, and `count` for plurals. */
export type MessageParams = Record<string, string | number>

/** Looks a message up in the current language and fills in its placeholders. */
export type Translate = (id: MessageId, params?: MessageParams) => string
