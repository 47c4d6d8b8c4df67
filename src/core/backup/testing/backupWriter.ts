/**
 * A process that takes one backup of a library, for the test that kills it midway:
 * `tsx backupWriter.ts DATA_DIR`. It prints `started` just before the copy begins.
 */
import { join } from 'node:path'
import { systemClock } from '../../clock'
import { openDatabase } from '../../db/open'
import { backupDatabase } from '../backup'

const dataDir = process.argv[2]!
const db = openDatabase(join(dataDir, 'library.sqlite'))
process.stdout.write('started\n')
backupDatabase(db, dataDir, 'manual', systemClock)
db.close()
