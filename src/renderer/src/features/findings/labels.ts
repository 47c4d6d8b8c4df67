/** Words for stored vocabulary keys and language tags, for people (storage keeps the keys). */

export { humanize, languageName } from '../../../../shared/findings/fieldLabels'

/** The languages offered in filters: the ones the sources of this field are written in. */
export const FILTER_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ko-Kore', 'ko-KP', 'ko-KR', 'ru', 'ja']
