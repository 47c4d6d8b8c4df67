/**
 * The method and event names of the contract, with no schema library attached, so that the
 * sandboxed preload can check names without bundling zod. A unit test keeps this list equal
 * to the contract's keys.
 */
export const METHOD_NAMES = [
  'app.info',
  'essay.get',
  'settings.get',
  'settings.set',
  'events.list',
  'events.get',
  'events.create',
  'events.update',
  'events.delete',
  'events.annotate',
  'essay.eventCounts',
  'entities.list',
  'entities.get',
  'entities.addName',
  'entities.removeName',
  'findings.create',
  'findings.createBatch',
  'findings.update',
  'findings.get',
  'findings.list',
  'findings.delete',
  'findings.restore',
  'findings.tag',
  'findings.timeline',
  'findings.ids',
  'repositories.list',
  'repositories.add',
  'drafts.save',
  'drafts.list',
  'drafts.discard',
  'export.run',
  'export.cite',
  'export.importRefs',
  'sync.export',
  'sync.preview',
  'sync.import',
  'sync.peers',
  'conflicts.list',
  'conflicts.resolve',
  'jobs.cancel',
  'essay.findingCounts',
  'essay.findingPassages',
  'findings.sameDocument',
  'attachments.add',
  'attachments.list',
  'attachments.get',
  'attachments.remove',
  'attachments.store',
  'attachments.files',
  'attachments.removed',
  'backup.create',
  'backup.list',
  'backup.restore',
  'recovery.status',
  'recovery.restoreLatest',
  'search.query',
  'search.reindex',
  'history.forFinding',
  'history.restoreValue',
  'ocr.recognize',
  'ocr.languages',
  'import.start',
  'import.upload',
  'import.chooseFolder',
  'import.session',
  'import.list',
  'import.propose',
  'import.readReferences',
  'import.createDrafts',
  'import.discard',
  'romanize.suggest',
  'team.join',
  'team.status',
  'team.leave',
  'team.sync',
  'backup.chooseFolder',
  'backup.toFolder',
  'backup.restoreFolder',
] as const

export const EVENT_NAMES = ['library.changed', 'job.progress'] as const

export type EventName = (typeof EVENT_NAMES)[number]

export function isMethodName(name: unknown): name is (typeof METHOD_NAMES)[number] {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name)
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
}
