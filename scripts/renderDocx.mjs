#!/usr/bin/env node
// Renders a .docx to PDF with LibreOffice and the PDF's pages to PNG, to look at a generated
// document without Word:
//   node scripts/renderDocx.mjs <file.docx> [--out <dir>] [--dpi <n>]
// Writes <dir>/<name>.pdf and <dir>/<name>-<page>.png (dir defaults to the .docx's folder, dpi to 80).
// Needs soffice (LibreOffice) and pdftoppm (poppler-utils) on PATH.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, dpi: { type: 'string', default: '80' } }
})
if (positionals.length !== 1 || extname(positionals[0]) !== '.docx') {
  console.error('usage: node scripts/renderDocx.mjs <file.docx> [--out <dir>] [--dpi <n>]')
  process.exit(2)
}
const docx = resolve(positionals[0])
const out = resolve(values.out ?? dirname(docx))
const name = basename(docx, '.docx')

// A profile of its own, so a running LibreOffice or a parallel render doesn't block this one.
const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'))
try {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 }
  )
} finally {
  rmSync(profile, { recursive: true, force: true })
}
const pdf = join(out, `${name}.pdf`)
execFileSync('pdftoppm', ['-png', '-r', values.dpi, pdf, join(out, name)])

console.log(pdf)
for (const file of readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort()) {
  console.log(join(out, file))
}
