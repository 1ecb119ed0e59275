import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * The bundled `resources/` folder. Built code lives in out/main, sources in src-main/*: walk up
 * from here until a folder holding resources/migrations appears.
 */
export function resourcesDir(start: string = __dirname): string {
  let dir = resolve(start)
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources')
    if (existsSync(join(candidate, 'migrations'))) return candidate
    dir = dirname(dir)
  }
  throw new Error(`找不到程序资源文件夹（resources），程序文件可能不完整，请重新安装。起点：${start}`)
}
