import { z } from 'zod'
import { AppInfo, UiSettings } from '../../model/app'
import { Essay } from '../../model/essay'
import { defineMethods } from '../define'

const NoInput = z.strictObject({})

export const appMethods = defineMethods({
  /** Version, data directory, schema version and record counts of the open library. */
  'app.info': { input: NoInput, output: AppInfo },
  /** The bundled essay, split into its outline's sections and paragraphs. */
  'essay.get': { input: NoInput, output: Essay },
  /** The interface preferences stored in the library. */
  'settings.get': { input: NoInput, output: UiSettings },
  /** Changes some interface preferences and returns all of them. */
  'settings.set': { input: UiSettings.partial().strict(), output: UiSettings, mutates: true },
})
