// Saves docs/screenshot-dashboard.png and docs/screenshot-departments.png (1366×800) from the
// browser mode on a fresh data folder, so they show the demo county as a first run does.
//   node scripts/screenshots.mjs            start `npm run web` on a temporary data folder
//   node scripts/screenshots.mjs URL        use an instance already running at URL (#token=…)
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

async function startWeb() {
  const dataDir = mkdtempSync(join(tmpdir(), 'spotcheck-shots-'))
  const child = spawn('npm', ['run', '--silent', 'web', '--', '--no-open', '--data-dir', dataDir], {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = await new Promise((resolve, reject) => {
    let seen = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      seen += chunk
      const match = /listening on (http:\/\/\S+)/.exec(seen)
      if (match) resolve(match[1])
    })
    child.on('exit', (code) => reject(new Error(`npm run web exited with ${code}: ${seen}`)))
  })
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  return { url, stop }
}

const given = process.argv[2]
const web = given ? { url: given, stop: () => {} } : await startWeb()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
})
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' })
  await page.goto(web.url)
  await page.getByTestId('count-targets-value').filter({ hasNotText: '—' }).waitFor()
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'docs/screenshot-dashboard.png' })

  await page.getByTestId('nav-departments').click()
  await page.getByTestId('department-row').first().waitFor()
  await page.mouse.move(0, 0)
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'docs/screenshot-departments.png' })
  console.log('已保存 docs/screenshot-dashboard.png 和 docs/screenshot-departments.png')
} finally {
  await browser.close()
  web.stop()
}
