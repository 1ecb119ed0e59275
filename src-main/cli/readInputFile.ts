import { readFileSync } from 'node:fs'
import { CliFailure } from './cliFailure'

/** A file the user named on the command line, or a Chinese message saying why it cannot be read. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : String(code ?? error)
    throw new CliFailure(`无法读取${what} ${path}：${why}`)
  }
}
