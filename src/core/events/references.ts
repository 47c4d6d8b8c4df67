import { AppError } from '../../shared/api/errors'
import type { Db } from '../db/types'

const TABLES = {
  entity: 'SELECT 1 FROM entities WHERE id = ?',
  section: 'SELECT 1 FROM essay_sections WHERE slug = ?',
  paragraph: 'SELECT 1 FROM essay_paragraphs WHERE id = ?',
} as const

/** Throws `reference.unknown` naming `field` unless the entity, essay section or paragraph exists. */
export function assertExists(db: Db, kind: keyof typeof TABLES, id: string, field: string): void {
  if (db.prepare(TABLES[kind]).get(id) === undefined) {
    throw new AppError('reference.unknown', `${field}: there is no ${kind} "${id}"`, field)
  }
}
