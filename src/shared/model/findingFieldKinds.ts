import { z } from 'zod'
import { FINDING_SET_FIELDS, FindingFieldsObject } from './finding'

type Fields = z.output<typeof FindingFieldsObject>

/** User fields that hold one text (free text, an id, a date or a choice from a list). */
export type FindingTextField = { [K in keyof Fields]-?: NonNullable<Fields[K]> extends string ? K : never }[keyof Fields]
/** User fields that hold a set of texts (ids, tags, rights). */
export type FindingTextSetField = { [K in keyof Fields]-?: NonNullable<Fields[K]> extends string[] ? K : never }[keyof Fields]

/** What a field's schema holds once optional and default wrappers are taken off: `string`, `enum`, `array`, … */
function baseType(schema: z.ZodType): string {
  let inner: z.ZodType = schema
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType
  return inner._zod.def.type
}

const isText = (schema: z.ZodType): boolean => ['string', 'enum'].includes(baseType(schema))

const shape = FindingFieldsObject.shape as Record<string, z.ZodType>

/** The text fields of a finding, in the order the model declares them (the entry form's text inputs). */
export const FINDING_TEXT_FIELDS = Object.keys(shape).filter((field) => isText(shape[field]!)) as FindingTextField[]

/** The set fields whose elements are texts (the entry form's pickers and tag lists). */
export const FINDING_TEXT_SET_FIELDS = FINDING_SET_FIELDS.filter((field) => {
  const list = shape[field]!
  const element = (list instanceof z.ZodDefault ? list.unwrap() : list) as z.ZodArray<z.ZodType>
  return isText(element.element)
}) as FindingTextSetField[]
