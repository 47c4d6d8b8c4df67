import { uuidv7 } from 'uuidv7'
import { AppError } from '../../shared/api/errors'
import { suggestLanguage } from '../../shared/findings/suggest/language'
import type { NewRepository, Repository, RepositoryName } from '../../shared/model/repository'
import { repositoryByName } from '../exports/findReference'

/** Language and script of a name as typed (국사편찬위원회 → ko, Hang). */
function nameForm(form: string): RepositoryName {
  const tag = suggestLanguage(form)?.tag ?? 'en'
  const [lang, script] = {
    ko: ['ko', 'Hang'],
    'ko-Kore': ['ko', 'Kore'],
    ja: ['ja', 'Jpan'],
    'zh-Hans': ['zh', 'Hans'],
    'zh-Hant': ['zh', 'Hant'],
    ru: ['ru', 'Cyrl'],
    en: ['en', 'Latn'],
  }[tag] ?? ['und', 'Zyyy']
  return { form, lang: lang!, script: script! }
}

/** A slug of the Latin letters of `name`, or a fresh one when it has none (a name in Hangul only). */
export function repositoryIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug.length >= 3 ? slug : `repository-${uuidv7().replace(/-/g, '').slice(-12)}`
}

/**
 * The full repository for what a person gave: its names (English first, then the original
 * script), an id from the English name, the generic reference scheme. Refuses a name that an
 * existing repository already goes by, naming it, so the same archive is not added twice.
 */
export function repositoryFromInput(input: NewRepository, existing: readonly Repository[]): Repository {
  const { original_name, collection, ...given } = input
  const name = given.name.trim()
  const original = original_name?.trim()
  for (const form of [name, original]) {
    const same = form ? repositoryByName(existing, form) : undefined
    if (form && same) {
      throw new AppError('record.duplicate', `"${form}" is already in the list of repositories as ${same.name}`, 'name', {
        reason: 'repository.duplicate',
        values: { given: form, name: same.name },
      })
    }
  }
  const names = given.names ?? [
    { ...nameForm(name), preferred: true },
    ...(original && original !== name ? [nameForm(original)] : []),
  ]
  const collections = [...new Set([...(given.collections ?? []), ...(collection?.trim() ? [collection.trim()] : [])])]
  return {
    ...given,
    id: given.id ?? repositoryIdFor(name),
    name,
    names,
    reference_scheme: given.reference_scheme ?? 'generic',
    reference_format: given.reference_format ?? 'As the archive writes its references',
    access_notes: given.access_notes ?? [],
    ...(collections.length > 0 ? { collections } : {}),
  }
}
