import type { Repository } from '../../shared/model/repository'
import { detectReferenceScheme } from '../../shared/findings/reference'

/**
 * Archival references as published citations embed them ("…, Digital Archive, PRC FMA
 * 106-01379-13, 16-19. Translated by …"): the first match wins, most specific patterns first.
 */
const EMBEDDED_REFERENCES: ReadonlyArray<RegExp> = [
  /(?:PRC FMA|PRC MFA|CFMA|外交部档案馆|外交部檔案館)\s*\d{3}\s*[-–]\s*\d{1,5}\s*[-–]\s*\d{1,2}(?:,\s*\d+(?:\s*[-–]\s*\d+)?)?/u,
  /(?:AVPRF|AVP RF|АВП РФ|RGANI|РГАНИ|GARF|ГАРФ)[,\s]+(?:[FfФф]|Fond)\.?\s*\d[^;\n]*?(?=\.\s|\.$|$|;|\n)/u,
  /CIA-RDP[\w-]+/u,
]

/** The first archival reference written inside `text`, with the repository its prefix names. */
export function findEmbeddedReference(
  text: string,
): { reference: string; repository_id?: string } | undefined {
  for (const pattern of EMBEDDED_REFERENCES) {
    const match = pattern.exec(text)
    if (match) {
      const reference = match[0].trim()
      const { repository_id } = detectReferenceScheme(reference)
      return { reference, ...(repository_id ? { repository_id } : {}) }
    }
  }
  return undefined
}

/** The repository whose name or any alias equals `name` (case and spacing ignored). */
export function repositoryByName(
  repositories: readonly Repository[],
  name: string | undefined,
): Repository | undefined {
  if (name === undefined) return undefined
  const wanted = name.replace(/\s+/g, ' ').trim().toLowerCase()
  return repositories.find(
    (r) => r.name.toLowerCase() === wanted || r.names.some((n) => n.form.toLowerCase() === wanted),
  )
}

/** True for a Wilson Center Digital Archive record URL. */
export const isWilsonUrl = (url: string | undefined) =>
  url !== undefined && /wilsoncenter\.org\/document\//i.test(url)
