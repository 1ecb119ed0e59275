// `npm run web`: build if the sources are newer than the build, then start the browser mode.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const built = ['out/main/web.js', 'out/renderer/index.html']

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const needsBuild =
  built.some((file) => !existsSync(file)) ||
  Math.max(...['src-main', 'src-renderer', 'src-shared'].map(newestMtime)) > Math.min(...built.map((f) => statSync(f).mtimeMs))

if (needsBuild) {
  console.error('正在构建程序 …')
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32'
  })
}
await import(pathToFileURL(join(process.cwd(), 'out/main/web.js')).href)
