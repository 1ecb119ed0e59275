#!/usr/bin/env node
// Renders a .docx with LibreOffice, to look at a generated document without Word:
//   node scripts/renderDocx.mjs <file.docx> <page1.png> [--dpi <n>]
//     writes the first page to <page1.png> (e.g. docs/members-page1.png)
//   node scripts/renderDocx.mjs <file.docx> [--out <dir>] [--dpi <n>]
//     writes <dir>/<name>.pdf and <dir>/<name>-<page>.png (dir defaults to the .docx's folder)
// dpi defaults to 80. Needs soffice (LibreOffice) and pdftoppm (poppler-utils) on PATH.
// A sample member list to render: DOCUMENT_RENDER_DIR=/tmp/render npx vitest run
// tests/integration/membersDocumentRender.test.ts leaves /tmp/render/members.docx.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const usage = 'usage: node scripts/renderDocx.mjs <file.docx> [<page1.png> | --out <dir>] [--dpi <n>]'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, dpi: { type: 'string', default: '80' } }
})
const [source, png] = positionals
if (positionals.length < 1 || positionals.length > 2 || extname(source) !== '.docx' || (png && extname(png) !== '.png')) {
  console.error(usage)
  process.exit(2)
}
const docx = resolve(source)
const name = basename(docx, '.docx')
// A PNG of page 1 is made in a scratch folder, so only the one file lands next to the sources.
const scratch = mkdtempSync(join(tmpdir(), 'render-docx-'))
const out = png ? scratch : resolve(values.out ?? dirname(docx))

try {
  // A profile of its own, so a running LibreOffice or a parallel render doesn't block this one.
  const profile = join(scratch, 'profile')
  const started = Date.now()
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 }
  )
  const pdf = join(out, `${name}.pdf`)
  // soffice exits 0 even when it could not read the file: the missing PDF is the only sign.
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`)
  console.error(`converted in ${Date.now() - started} ms`)

  if (png) {
    const target = resolve(png)
    execFileSync('pdftoppm', ['-png', '-r', values.dpi, '-f', '1', '-l', '1', '-singlefile', pdf, join(scratch, 'page1')])
    renameSync(join(scratch, 'page1.png'), target)
    console.log(target)
  } else {
    execFileSync('pdftoppm', ['-png', '-r', values.dpi, pdf, join(out, name)])
    console.log(pdf)
    for (const file of readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort()) {
      console.log(join(out, file))
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
