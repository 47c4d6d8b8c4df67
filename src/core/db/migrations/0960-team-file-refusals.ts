import type { Migration } from '../types'

/**
 * Why a team file was refused, as a kind the screen puts in the reader's language
 * (`team_files.why`, one of TEAM_FILE_REFUSALS). `reason` keeps the core's English detail
 * for the command line; rows written before this step have no kind and show that detail.
 */
export const teamFileRefusals: Migration = {
  version: 960,
  name: 'team-file-refusals',
  up(db) {
    db.exec('ALTER TABLE team_files ADD COLUMN why TEXT')
  },
}
