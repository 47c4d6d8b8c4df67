import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSyncFile, writeSyncFile } from '../../core/sync/file/syncFile'
import { laptop, SCENARIO_FINDINGS } from '../../core/sync/testing/laptop'
import { tempDir } from '../../core/testing/tempLibrary'
import { runWorkbench } from '../testing/cli'
import { fakeRendererDir, send } from '../testing/rawHttp'
import { startServer } from '../serve'

const [s1] = SCENARIO_FINDINGS

const workbench = (...args: string[]) => runWorkbench(args)

/** A sync file from a real library with one finding, changed by `craft`, written to disk. */
async function craftedFile(craft: (content: ReturnType<typeof readSyncFile>) => Buffer): Promise<string> {
  const a = laptop()
  await a.call('findings.create', s1)
  const content = readSyncFile(Buffer.from(await a.exportFor(), 'base64'))
  await a.dispose()
  const path = join(tempDir(), 'crafted.rrsync')
  writeFileSync(path, craft(content))
  return path
}

const expectRefusal = (run: ReturnType<typeof workbench>, message: RegExp) => {
  expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
  expect(run.stderr).toMatch(message)
  expect(run.code).toBe(2)
}

describe('refusals are clear messages with exit code 2', () => {
  it('defect 12: an op on a record this library lacks, a 13-byte encrypted file and a clock "zzzz" exit 2 with a message', async () => {
    const dir = tempDir()
    const orphan = await craftedFile((c) =>
      writeSyncFile(c.manifest, [{ ...c.ops[1]!, record: '01890a5d-ac96-774b-bcce-b302099a8057' }], new Map()),
    )
    expectRefusal(workbench('import', orphan, '--data-dir', dir), /does not have|not in this library/)
    const encrypted = join(tempDir(), 'short.rrsync')
    writeFileSync(encrypted, Buffer.from('RRSYNC-ENC1\n\u0000'))
    expectRefusal(workbench('import', encrypted, '--data-dir', dir, '--passphrase-file', writePassphrase()), /truncated|damaged/)
    const zzzz = await craftedFile((c) => writeSyncFile(c.manifest, [{ ...c.ops[0]!, hlc: 'zzzz' }, ...c.ops.slice(1)], new Map()))
    expectRefusal(workbench('import', zzzz, '--data-dir', dir), /zzzz/)
    expect(JSON.parse(workbench('info', '--data-dir', dir).stdout).counts.findings).toBe(0)
  }, 180_000) // five CLI runs, each starting tsx

  it('defect 12: a draft nested 5,000 deep is refused as bad input (400), not a server error', async () => {
    const server = await startServer({ dataDir: tempDir(), rendererDir: fakeRendererDir() })
    try {
      const nested = `${'{"n":'.repeat(5000)}"deep"${'}'.repeat(5000)}`
      const body = `{"id":"draft-1","form":{"notes":${nested}}}`
      const reply = await send(server.port, '/api/drafts.save', { method: 'POST', headers: { Authorization: `Bearer ${server.token}` }, body })
      expect(reply.status).toBe(400)
      expect(JSON.parse(reply.body).error).toMatchObject({ code: 'input.invalid', message: expect.stringMatching(/nested|deep/) })
    } finally {
      await server.stop()
    }
  })

  it('defect 13: --for addresses a colleague by device id, and an ambiguous name is refused with the candidates', async () => {
    const [a, b, c] = [laptop(), laptop(), laptop()]
    for (const l of [b, c]) {
      await l.call('findings.create', s1)
      await a.importFile(await l.exportFor())
    }
    const name = b.library.identity.deviceName
    expect(c.library.identity.deviceName).toBe(name)
    const ids = [b.deviceId, c.deviceId]
    await Promise.all([a, b, c].map((l) => l.library.close()))
    const out = join(tempDir(), 'for.rrsync')
    const ambiguous = workbench('export', '--out', out, '--for', name, '--data-dir', a.dataDir)
    expectRefusal(ambiguous, new RegExp(ids.join('[^]*')))
    const byId = workbench('export', '--out', out, '--for', c.deviceId, '--data-dir', a.dataDir)
    expect(byId.code).toBe(0)
    expect(byId.stderr).toContain(name)
    expect(readSyncFile(readFileSync(out)).manifest.since).toHaveProperty(c.deviceId)
  }, 120_000)
})

function writePassphrase(): string {
  const path = join(tempDir(), 'pass.txt')
  writeFileSync(path, 'Yanbian 1967\n')
  return path
}
