import { TRANSCRIPTION_STATUSES } from '../../../../shared/model/findingVocab'
import { TEXT_LIMITS } from '../../../../shared/model/findingParts'
import { useLabels, useT } from '../../i18n'
import { SelectInput, TextArea, useEditor } from './editorContext'
import { LengthCounter } from './LengthCounter'

/** Transcription, translation and summary: what the document says. */
export function ContentFields() {
  const { form, set } = useEditor()
  const t = useT()
  const labels = useLabels()
  // The lang attribute picks the right CJK glyphs (a Korean 骨 is not a Chinese one).
  const lang = form.original_language || undefined
  return (
    <fieldset className="group">
      <legend>{t('editor.group.content')}</legend>
      <TextArea field="transcription" lang={lang} rows={8}>
        <LengthCounter field="transcription" limit={TEXT_LIMITS.longText} />
      </TextArea>
      <SelectInput field="transcription_status" options={TRANSCRIPTION_STATUSES} vocab="transcriptionStatus" />
      <TextArea field="translation_en" lang="en" rows={4}>
        <LengthCounter field="translation_en" limit={TEXT_LIMITS.longText} />
      </TextArea>
      <div className="field checkbox">
        <input
          id="fe-translation_machine_assisted"
          type="checkbox"
          checked={form.translation_machine_assisted}
          onChange={(e) => set('translation_machine_assisted', e.target.checked)}
        />
        <label htmlFor="fe-translation_machine_assisted">{labels.field('translation_machine_assisted')}</label>
      </div>
      <TextArea field="summary_en" lang="en" required rows={4}>
        <LengthCounter field="summary_en" limit={TEXT_LIMITS.summary} />
      </TextArea>
    </fieldset>
  )
}
