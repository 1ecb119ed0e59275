import { execFile } from 'node:child_process'
import { shell } from 'electron'

/**
 * 打开 and 打印 of the 文书中心 (issue 9 §1): a document the services wrote into the data folder goes
 * to the system's default program. On Windows 打印 uses the file's "print" verb (Word prints it to
 * the default printer); elsewhere there is no such verb, so the file is opened for the clerk to print.
 * Only paths the services wrote reach here (the data folder's 文书 folder).
 */
export async function openDocumentFile(path: string, verb: 'open' | 'print'): Promise<void> {
  if (verb === 'print' && process.platform === 'win32') {
    await new Promise<void>((resolve, reject) => {
      // Start-Process -Verb Print is ShellExecute's "print" verb. The path is a PowerShell single-quoted
      // literal (a quote doubled), so nothing in a file name is read as code.
      const literal = `'${path.replaceAll("'", "''")}'`
      execFile(
        'powershell.exe',
        ['-NoProfile', '-NonInteractive', '-Command', `Start-Process -FilePath ${literal} -Verb Print`],
        { windowsHide: true },
        (error) => (error ? reject(new Error(`无法打印：${error.message}。请打开文件后在 Word 中打印`)) : resolve())
      )
    })
    return
  }
  const failure = await shell.openPath(path)
  if (failure) throw new Error(`无法打开文件：${failure}。文件已保存在 ${path}`)
}
