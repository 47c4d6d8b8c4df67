import fc from 'fast-check'

/** Fields the histories edit, and the values they take (in every script the app sees). */
export const EDITED = {
  summary_en: ['Kim agrees.', 'Zhou insists.', '周总理：志愿军今年分三批回国。'],
  confidence: ['probable', 'confirmed', 'doubtful'],
  doc_date: ['1958-02', '1958-02-15', '1958'],
  pages: ['3–7', '12', 'л. 201–203'],
} as const
export type EditedField = keyof typeof EDITED
export const EDITED_FIELDS = Object.keys(EDITED) as EditedField[]

const HOUR = 3_600_000
/** Wall clocks stay within ±11 h of the real time, so any two are less than a day apart (the stamp bound). */
export const MAX_SKEW_HOURS = 11

/** Ways a history tampers with a file's manifest (the hash of every entry stays valid). */
export const CRAFTS = ['claims-my-future', 'claims-unheld', 'stranger-device', 'junk-lists', 'epoch-up', 'epoch-down'] as const
export type Craft = (typeof CRAFTS)[number]

const laptop = fc.nat(3)

/**
 * Every action the app or CLI offers on one shared finding: edits, tags, delete and restore,
 * do_not_share on and off, files for all or for one colleague imported anywhere in any order,
 * each conflict choice, wall clocks set forward or back, backups restored, library folders
 * copied, and files with crafted manifests.
 */
export const action = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('edit' as const), laptop, field: fc.constantFrom(...EDITED_FIELDS), value: fc.nat(2) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('tag' as const, 'untag' as const), laptop, tag: fc.constantFrom('x', '朝鲜', 'constructor') }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('delete' as const, 'undelete' as const), laptop }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('share' as const), laptop, private: fc.boolean() }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('export' as const), laptop, forPeer: fc.option(laptop) }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('import' as const), laptop, file: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('resolve' as const), laptop, choice: fc.nat(4) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('clock' as const), laptop, skew: fc.integer({ min: -MAX_SKEW_HOURS * HOUR, max: MAX_SKEW_HOURS * HOUR }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('backup' as const), laptop }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('restoreBackup' as const), laptop, which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('copy' as const), laptop }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('craft' as const), laptop, file: fc.nat(), how: fc.constantFrom(...CRAFTS) }) },
)
export type Action = typeof action extends fc.Arbitrary<infer T> ? T : never
