// better-sqlite3 is a native addon: Node (tests, CLI, browser mode) and Electron need builds for
// different ABIs. This switches the build to the runtime about to start, only when it must.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const target = process.argv[2]
const marker = '.native-abi'
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'ignore' })
  return probe.status === 0
}

if (target === 'node') {
  if (current !== 'node' || !loadsInNode()) {
    console.log('正在为 Node 重新编译 better-sqlite3 …')
    execFileSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' })
    writeFileSync(marker, 'node')
  }
} else if (target === 'electron') {
  if (current !== 'electron') {
    console.log('正在为 Electron 重新编译 better-sqlite3 …')
    // prebuild-install and node-gyp both honour these: fetch or build the Electron ABI binary.
    const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version
    execFileSync(npm, ['rebuild', 'better-sqlite3'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: {
        ...process.env,
        npm_config_runtime: 'electron',
        npm_config_target: electronVersion,
        npm_config_disturl: 'https://electronjs.org/headers'
      }
    })
    writeFileSync(marker, 'electron')
  }
} else {
  console.error('用法：node scripts/ensureNative.mjs node|electron')
  process.exit(2)
}
