import type { Migration } from '../types'

/**
 * The size of each file this device wrote to the team folder (`team_writes.size`): a file of its
 * own found there with another size was cut off or damaged on the medium (a USB stick pulled out
 * too early), and is written again like a lost one. Null for files written before this step:
 * for those only their absence is noticed.
 */
export const teamWriteSizes: Migration = {
  version: 970,
  name: 'team-write-sizes',
  up(db) {
    db.exec('ALTER TABLE team_writes ADD COLUMN size INTEGER')
  },
}
