import { resolve } from 'node:path'

/** The checkout (or unpacked app) this host runs from: src/server/ is two levels below it. */
export const APP_ROOT = resolve(__dirname, '..', '..')
export const RESOURCES_DIR = resolve(APP_ROOT, 'resources')
export const RENDERER_DIR = resolve(APP_ROOT, 'out', 'renderer')
