import { cite } from './cite'
import { dayImport } from './dayImport'
import { history } from './history'
import { team } from './team'
import { common } from './common'
import { entities } from './entities'
import { editor } from './editor'
import { essay } from './essay'
import { fields } from './fields'
import { findings } from './findings'
import { library } from './library'
import { sync } from './sync'
import { timeline } from './timeline'
import { validation } from './validation'
import { vocab } from './vocab'

/** The English catalogue: the source every other language translates, id for id. */
export const en = { ...common, ...fields, ...vocab, ...essay, ...timeline, ...entities, ...findings, ...sync, ...library, ...validation, ...editor, ...history, ...team, ...dayImport, ...cite } as const
