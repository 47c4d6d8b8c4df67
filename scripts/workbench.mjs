// `npm run workbench -- ...`: the command line from prebuilt JavaScript. The CLI and its worker
// threads are bundled by esbuild into out/cli/ (node_modules stay outside the bundle) and rebuilt
// only when a source file the bundle was made from is newer than it, so a command no longer
// compiles TypeScript at each start (tsx did, in the process and again in the search worker).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const self = fileURLToPath(import.meta.url)
const root = join(dirname(self), '..')
const outdir = join(root, 'out', 'cli')
const bundle = join(outdir, 'cli.js')
const inputsFile = join(outdir, 'inputs.json')

const ENTRIES = {
  cli: 'src/server/cli.ts',
  // spawnWorker looks for <name>.js beside the calling file: the bundle's directory.
  searchWorker: 'src/core/search/worker/searchWorker.ts',
  decodeWorker: 'src/core/dayImport/decodeWorker.ts',
}

/** Whether the bundle is older than this script or any source file it was built from (or missing). */
function stale() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return true
  const built = statSync(bundle).mtimeMs
  const inputs = [self, ...JSON.parse(readFileSync(inputsFile, 'utf8')).map((f) => join(root, f))]
  return inputs.some((f) => !existsSync(f) || statSync(f).mtimeMs > built)
}

async function build() {
  const { buildSync } = await import('esbuild')
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outdir,
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  })
  // Each file is written whole under a temporary name, then renamed, the CLI bundle last: a
  // command started meanwhile sees the old bundle or the new one, never half of one.
  const place = (path, contents) => {
    const tmp = `${path}.${process.pid}.tmp`
    writeFileSync(tmp, contents)
    renameSync(tmp, path)
  }
  mkdirSync(outdir, { recursive: true })
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === bundle) - Number(b.path === bundle))
  for (const f of files.filter((x) => x.path !== bundle)) place(f.path, f.contents)
  place(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)))
  place(bundle, files.find((x) => x.path === bundle).contents)
}

if (stale()) await build()
createRequire(self)(bundle).main(process.argv.slice(2))
