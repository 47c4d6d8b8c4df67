import { TRANSCRIPTION_STATUSES } from '../../../../shared/model/findingVocab'
import { TEXT_LIMITS } from '../../../../shared/model/findingParts'
import { SelectInput, TextArea, useEditor } from './editorContext'
import { LengthCounter } from './LengthCounter'

/** Transcription, translation and summary: what the document says. */
export function ContentFields() {
  const { form, set } = useEditor()
  // The lang attribute picks the right CJK glyphs (a Korean 骨 is not a Chinese one).
  const lang = form.original_language || undefined
  return (
    <fieldset className="group">
      <legend>Content</legend>
      <TextArea field="transcription" label="Transcription" lang={lang} rows={8}>
        <LengthCounter field="transcription" limit={TEXT_LIMITS.longText} />
      </TextArea>
      <SelectInput field="transcription_status" label="Transcription status" options={TRANSCRIPTION_STATUSES} />
      <TextArea field="translation_en" label="Translation (English)" lang="en" rows={4}>
        <LengthCounter field="translation_en" limit={TEXT_LIMITS.longText} />
      </TextArea>
      <div className="field checkbox">
        <input
          id="fe-translation_machine_assisted"
          type="checkbox"
          checked={form.translation_machine_assisted}
          onChange={(e) => set('translation_machine_assisted', e.target.checked)}
        />
        <label htmlFor="fe-translation_machine_assisted">Translation is machine-assisted</label>
      </div>
      <TextArea field="summary_en" label="Summary in your words (English)" lang="en" required rows={4}>
        <LengthCounter field="summary_en" limit={TEXT_LIMITS.summary} />
      </TextArea>
    </fieldset>
  )
}
