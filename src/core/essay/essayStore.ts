import type { Essay } from '../../shared/model/essay'
import type { Db } from '../db/types'

/**
 * Writes the essay's sections and paragraph ids into the library so that links from events
 * and findings can reference them with foreign keys. The text itself stays in resources.
 * Idempotent: running it on every start changes nothing when the essay is unchanged.
 */
export function storeEssayStructure(db: Db, essay: Essay): void {
  const upsertSection = db.prepare(
    `INSERT INTO essay_sections (slug, title, level, ordinal) VALUES (?, ?, ?, ?)
     ON CONFLICT (slug) DO UPDATE SET title = excluded.title, level = excluded.level,
       ordinal = excluded.ordinal
     WHERE title IS NOT excluded.title OR level IS NOT excluded.level OR ordinal IS NOT excluded.ordinal`,
  )
  const upsertParagraph = db.prepare(
    `INSERT INTO essay_paragraphs (id, section_slug, ordinal) VALUES (?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  )
  const sections = [
    { slug: 'front-matter', title: 'Front matter', level: 0, paragraphs: essay.frontMatter },
    ...essay.sections,
  ]
  db.transaction(() => {
    sections.forEach((section, index) => {
      upsertSection.run(section.slug, section.title, section.level, index)
      section.paragraphs.forEach((p, i) => upsertParagraph.run(p.id, section.slug, i + 1))
    })
  })()
}
