import { z } from 'zod'
import { TeamStatus, TeamSyncResult } from '../../model/team'
import { defineMethods } from '../define'

export const teamMethods = defineMethods({
  /**
   * Joins a team folder (one moved by Syncthing, a network drive or a USB stick): this device
   * writes its changes into its own sub-folder there and reads everyone else's.
   */
  'team.join': {
    input: z.strictObject({
      dir: z.string().trim().min(1, 'give the team folder').max(4096),
      name: z.string().trim().min(1, 'give the team a name').max(200),
      /**
       * The team passphrase: every file this device writes to the folder is encrypted with it,
       * and every file it reads there must open with it. Omitted when joining the same folder
       * again: the one kept stays.
       */
      passphrase: z.string().min(1, 'give the team passphrase').max(1024).optional(),
    }),
    output: TeamStatus,
    mutates: true,
  },
  /** The team folder, each member's last file, what is missing or pending, and refused files. */
  'team.status': { input: z.strictObject({}), output: TeamStatus },
  /** Stops syncing with the team folder; nothing in the library or the folder is deleted. */
  'team.leave': { input: z.strictObject({}), output: TeamStatus, mutates: true },
  /** Writes this device's new changes to the folder and imports new files from the others. */
  'team.sync': {
    input: z.strictObject({
      /** Also write a snapshot now (when anything is not in one yet) and say what this device holds, then prune. */
      compact: z.boolean().optional(),
    }),
    output: TeamSyncResult,
    mutates: true,
  },
})
