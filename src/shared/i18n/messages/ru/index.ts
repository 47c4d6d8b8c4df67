import { shell } from './shell'
import { actions } from './actions'
import { viewLayout } from './viewLayout'
import { cite } from './cite'
import { pages } from './pages'
import { dayImport } from './dayImport'
import { history } from './history'
import { team } from './team'
import { common } from './common'
import { editor } from './editor'
import { fields } from './fields'
import { tools } from './tools'
import { views } from './views'
import { vocab } from './vocab'
import { work } from './work'

/** The Russian catalogue: a finding is выписка, the essay статья, a repository хранилище. */
export const ru = { ...shell, ...common, ...fields, ...vocab, ...views, ...work, ...tools, ...editor, ...history, ...team, ...dayImport, ...cite, ...viewLayout, ...pages, ...actions } as const
