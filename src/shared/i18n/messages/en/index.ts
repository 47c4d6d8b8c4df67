import { common } from './common'
import { entities } from './entities'
import { essay } from './essay'
import { fields } from './fields'
import { timeline } from './timeline'
import { vocab } from './vocab'

/** The English catalogue: the source every other language translates, id for id. */
export const en = { ...common, ...fields, ...vocab, ...essay, ...timeline, ...entities } as const
