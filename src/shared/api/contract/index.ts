import type { z } from 'zod'
import { appMethods } from './app'
import { attachmentMethods } from './attachments'
import { backupMethods, type SessionMethod } from './backup'
import { entityMethods } from './entities'
import { eventMethods } from './events'
import { exportMethods } from './exports'
import { findingBrowseMethods, findingMethods } from './findings'
import { historyMethods } from './history'
import { ocrMethods } from './ocr'
import { dayImportMethods } from './dayImport'
import { searchMethods } from './search'
import { romanizeMethods } from './romanize'
import { syncMethods } from './sync'
import { teamMethods } from './team'

/**
 * The one table of the API: method name (`domain.verb`) -> input and output schemas.
 * Both hosts validate every input against it; `createApi()` must implement all of it.
 */
export const contract = {
  ...appMethods,
  ...eventMethods,
  ...entityMethods,
  ...findingMethods,
  ...exportMethods,
  ...syncMethods,
  ...attachmentMethods,
  ...findingBrowseMethods,
  ...backupMethods,
  ...searchMethods,
  ...historyMethods,
  ...ocrMethods,
  ...dayImportMethods,
  ...romanizeMethods,
  ...teamMethods,
} as const

export type Contract = typeof contract
export type Method = keyof Contract
export type Input<M extends Method> = z.input<Contract[M]['input']>
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>
export type Output<M extends Method> = z.output<Contract[M]['output']>

/** One async function per method, taking validated input. */
export type Api = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> | Output<M> }

/** What `createApi()` implements: everything but the methods the library session answers. */
export type CoreApi = Omit<Api, SessionMethod>
