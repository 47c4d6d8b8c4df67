import type { CitationStyleId } from '../../../../shared/model/findingVocab'

/** The citation styles as a historian names them. */
export const CITATION_STYLE_LABELS: Readonly<Record<CitationStyleId, string>> = {
  chicago: 'Chicago (notes and bibliography)',
  'wilson-center': 'Wilson Center Digital Archive form',
}
