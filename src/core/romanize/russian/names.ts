import { pushForm, type RomanizedForm } from '../forms'
import { ALA_LC_PLAIN, englishCommon, romanizeRussian, transliterate, type RussianSystem } from './russian'

/**
 * English equivalents of Russian given names that English-language writing uses beside the
 * transliteration (Joseph Stalin, Alexander Puzanov, Alexei Kosygin, Yuri Andropov).
 */
const ENGLISH_GIVEN: Record<string, string[]> = {
  Александр: ['Alexander'], Алексей: ['Alexei', 'Alexey'], Иосиф: ['Joseph'], Юрий: ['Yuri'],
  Георгий: ['Georgi', 'George'], Андрей: ['Andrei'], Сергей: ['Sergei'], Николай: ['Nikolai'],
  Дмитрий: ['Dmitri'], Василий: ['Vasili', 'Vassily'], Евгений: ['Yevgeni', 'Evgeny'], Лаврентий: ['Lavrenti'],
  Анатолий: ['Anatoli'], Григорий: ['Grigori'], Пётр: ['Pyotr', 'Peter'], Петр: ['Pyotr', 'Peter'],
  Фёдор: ['Fyodor'], Федор: ['Fyodor'], Матвей: ['Matvei'], Аркадий: ['Arkadi'], Виталий: ['Vitali'],
  Валерий: ['Valeri'], Геннадий: ['Gennadi'], Аксентий: ['Aksenti'], Терентий: ['Terenti'],
}

const PATRONYMIC = /(?:вич|вна|ична|инична|ич)$/
/** Endings of Russian (and Soviet) family names; East Asian names in Cyrillic (Мао Цзэдун) lack them. */
const SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ёва|ина|ына|ская|ко|ук|юк|як|ян|ич|дзе|швили|енко)$/

/** Given name, patronymic (if any) and family name of a Russian personal name in natural order. */
export function splitRussianName(cyrillic: string): { given?: string; patronymic?: string; family: string } {
  const words = cyrillic.trim().split(/\s+/)
  if (words.length === 3 && PATRONYMIC.test(words[1]!)) return { given: words[0], patronymic: words[1], family: words[2]! }
  if (words.length === 2 && words[0]!.length >= 3 && SURNAME.test(words[1]!)) return { given: words[0], family: words[1]! }
  return { family: cyrillic.trim() }
}

const SYSTEMS: RussianSystem[] = ['ala-lc-russian', 'bgn-pcgn', 'english-common', 'russian-scholarly', 'iso9']

/**
 * A Russian personal name in every system, with the shapes it takes in print: full, without the
 * patronymic (Nikita Khrushchev), with initials (A. M. Puzanov), surname alone, ALA-LC without
 * diacritics (Anastas Mikoian, Chzhou En'lai), and English given-name equivalents.
 */
export function russianNameForms(cyrillic: string): RomanizedForm[] {
  const name = splitRussianName(cyrillic)
  const forms: RomanizedForm[] = []
  const shapes = (system: RomanizationOf, variantPrefix?: string) => {
    const r = (s: string) => system(s)
    const given = name.given ? r(name.given) : undefined
    const family = r(name.family)
    const v = (label: string) => (variantPrefix ? `${variantPrefix}, ${label}` : label)
    const out: { value: string; variant?: string }[] = [{ value: r(cyrillic.trim()), ...(variantPrefix ? { variant: variantPrefix } : {}) }]
    if (given && name.patronymic) out.push({ value: `${given} ${family}`, variant: v('without patronymic') })
    if (given) {
      const initials = [name.given!, name.patronymic].filter((w) => w !== undefined).map((w) => `${r([...w][0]!)}.`)
      out.push({ value: `${initials.join(' ')} ${family}`, variant: v('initials') })
      out.push({ value: family, variant: v('surname') })
    }
    return out
  }
  for (const system of SYSTEMS) {
    for (const f of shapes((s) => romanizeRussian(s, system))) pushForm(forms, { system, ...f })
  }
  for (const f of shapes((s) => transliterate(s, ALA_LC_PLAIN), 'without diacritics')) pushForm(forms, { system: 'ala-lc-russian', ...f })
  for (const english of ENGLISH_GIVEN[name.given ?? ''] ?? []) {
    const family = englishCommon(name.family)
    pushForm(forms, { system: 'english-common', value: `${english} ${family}`, variant: 'English given name' })
  }
  return forms
}

type RomanizationOf = (text: string) => string
