import { useState } from 'react'
import type { Finding } from '../../../../shared/model/finding'
import type { PageRegion, PixelRect, RegionTextField } from '../../../../shared/model/pages'
import { call } from '../../api/client'
import { useT } from '../../i18n'
import { errorText } from '../../i18n/errorText'
import type { TextSelection } from './RegionTextPanel'
import { makeRegion, regionsOverlapping, type PlacedRegion } from './regions'

/**
 * The regions of a finding as the viewer edits them: which are highlighted, the text selected
 * beside the page, and linking or removing a region (saved at once, as a change that syncs).
 */
export function useRegions(finding: Finding | undefined) {
  const t = useT()
  const [regions, setRegions] = useState<readonly PageRegion[]>(finding?.regions ?? [])
  // A reloaded finding (after any change, here or by sync) replaces what was saved here.
  const [source, setSource] = useState(finding)
  if (source !== finding) {
    setSource(finding)
    setRegions(finding?.regions ?? [])
  }
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set())
  const [selection, setSelection] = useState<TextSelection>()
  const [field, setField] = useState<RegionTextField>(finding?.transcription ? 'transcription' : finding?.translation_en ? 'translation_en' : 'transcription')
  const [message, setMessage] = useState<string>()

  async function save(next: readonly PageRegion[], said: string): Promise<boolean> {
    if (!finding) return false
    try {
      const saved = await call('findings.update', { id: finding.id, regions: [...next] })
      setRegions(saved.regions)
      setMessage(said)
      return true
    } catch (error) {
      setMessage(errorText(error))
      return false
    }
  }

  /** Links the drawn rectangle to the selected passage. */
  async function link(page: string, rect: PixelRect): Promise<PageRegion | undefined> {
    if (!finding || !selection) return undefined
    const text = finding[selection.field] ?? ''
    const region = makeRegion(page, rect, selection.field, text, selection.start, selection.end)
    const ok = await save([...regions, region], t('regions.linked', { quote: region.quote.exact.slice(0, 40) }))
    if (!ok) return undefined
    setSelection(undefined)
    setHighlighted(new Set([region.id]))
    return region
  }

  const remove = (region: PageRegion) => save(regions.filter((r) => r.id !== region.id), t('regions.removed'))

  /**
   * The text selection changed: remember it, and highlight the regions it overlaps. A selection
   * that went away (a click elsewhere, drawing on the page) is kept until another is made, so
   * text and rectangle can be chosen in either order; the viewer shows what will be linked.
   */
  function select(next: TextSelection | undefined, placed: readonly PlacedRegion[]): PageRegion[] {
    if (!next) return []
    setSelection(next)
    const overlapping = regionsOverlapping(placed, next.start, next.end)
    if (overlapping.length > 0) setHighlighted(new Set(overlapping.map((r) => r.id)))
    return overlapping
  }

  return { regions, highlighted, setHighlighted, selection, select, field, setField, link, remove, message }
}
