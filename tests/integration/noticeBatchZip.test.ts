import { createHash } from 'node:crypto'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { perTargetFileName } from '../../src-main/documents/zipDocuments'
import { drawnTask, matchGroups, seedNoticeFixture, type NoticeFixture } from '../support/drawnTask'
import { openTempServices, type TempServices } from '../support/tempServices'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('a task’s notices and record forms as a zip, one file per target (issue 9 §1)', () => {
  let s: TempServices
  let f: NoticeFixture
  let task: number
  beforeEach(async () => {
    s = openTempServices()
    f = seedNoticeFixture(s, 3)
    s.host.deps.store.sqlite.prepare(`UPDATE targets SET name = '示范县“好运/来”商贸有限公司' WHERE id = ?`).run(f.targets[1])
    task = await drawnTask(s, f, f.targets)
    matchGroups(s, f, task)
    await s.call('notices:issue', { taskId: task })
  })
  afterEach(() => s.close())

  it('names each notice <字号>_<对象名称>.docx without the characters Windows forbids, and registers every file and the zip', async () => {
    const { code } = await s.call('tasks:get', { id: task })
    const zip = await s.call('documents:issue', { kind: 'inspectionNotices', taskId: task, perTarget: true, jobId: 'zip-1' })
    expect(zip.fileName).toBe(`${code}行政检查通知书（3份，每对象一个文件）.zip`)
    const files = unzipSync(Buffer.from(zip.base64, 'base64'))
    const names = Object.keys(files).sort()
    // Numbered in the order of the list (town, then name); the “/” in a name is dropped.
    expect(names.map((n) => n.replace(/第 \d 号/, '第 N 号'))).toEqual(
      ['示范县“好运来”商贸有限公司', '示范县第1号商贸有限公司', '示范县第3号商贸有限公司'].map((t) => `部门联合双随机抽检字【2026】第 N 号_${t}.docx`).sort()
    )
    const register = await s.call('documents:register')
    expect(register[0]).toMatchObject({ kind: 'inspectionNotices', fileName: zip.fileName, sha256: zip.sha256, number: null })
    const inner = register.slice(1).map((r) => ({ kind: r.kind, number: r.number, fileName: r.fileName, sha256: r.sha256 }))
    expect(inner.sort((a, b) => a.fileName.localeCompare(b.fileName))).toEqual(
      names.map((name) => ({ kind: 'inspectionNotices', number: name.split('_')[0], fileName: name, sha256: sha256(files[name]) }))
    )
    // A file taken out of the zip is known to the register by its bytes.
    const check = await s.call('documents:check', { base64: Buffer.from(files[names[0]]).toString('base64') })
    expect(check.record?.fileName).toBe(names[0])
    expect(await s.call('documents:progress', { jobId: 'zip-1' })).toMatchObject({ finished: true, cancelled: false, total: 7, done: 7 })
  })

  it('zips the record forms the same way, each with its notice’s 字号', async () => {
    const zip = await s.call('notices:exportRecordForms', { taskId: task, perTarget: true })
    const names = Object.keys(unzipSync(Buffer.from(zip.base64, 'base64')))
    expect(names).toHaveLength(3)
    expect(names.every((n) => /^部门联合双随机抽检字【2026】第 \d 号_示范县.+\.docx$/.test(n))).toBe(true)
    expect((await s.call('documents:register')).filter((r) => r.kind === 'recordForms')).toHaveLength(4)
  })

  it('stops a batch on 取消 and registers nothing', async () => {
    const running = s.host.invoke('documents:issue', { kind: 'inspectionNotices', taskId: task, perTarget: true, jobId: 'zip-2' })
    expect(await s.call('documents:cancel', { jobId: 'zip-2' })).toEqual({ cancelled: true })
    const result = await running
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toContain('已取消')
    expect(await s.call('documents:register')).toEqual([])
    expect(await s.call('documents:progress', { jobId: 'zip-2' })).toMatchObject({ cancelled: true, finished: true })
  })

  it('keeps names apart when two targets would share one, and never ends a name in a dot', () => {
    const taken = new Set<string>()
    expect(perTargetFileName(['第 1 号', 'A:B*C?.'], taken)).toBe('第 1 号_ABC.docx')
    expect(perTargetFileName(['第 1 号', 'A|BC'], taken)).toBe('第 1 号_ABC（2）.docx')
    expect(perTargetFileName([null, '某公司'], taken)).toBe('某公司.docx')
  })
})
