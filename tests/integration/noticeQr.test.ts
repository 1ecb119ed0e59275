import { unzipSync } from 'fflate'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { drawnTask, matchGroups, seedNoticeFixture, type NoticeFixture } from '../support/drawnTask'
import { openTempServices, type TempServices } from '../support/tempServices'

/** The QR lines of every PNG a .docx embeds, decoded with jsQR as a phone would read the printed code. */
function qrLines(base64: string): string[] {
  const files = unzipSync(Buffer.from(base64, 'base64'))
  return Object.keys(files)
    .filter((path) => /^word\/media\/.*\.png$/.test(path))
    .map((path) => {
      const image = PNG.sync.read(Buffer.from(files[path]))
      const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
      if (!code) throw new Error(`${path}: no QR code found`)
      return code.data
    })
    .sort()
}

describe('the QR code on each 行政检查通知书 and 实地核查记录表 (issue 9 §3)', () => {
  let s: TempServices
  let f: NoticeFixture
  beforeEach(() => {
    s = openTempServices()
    f = seedNoticeFixture(s, 3)
  })
  afterEach(() => s.close())

  it('carries a signed line per notice that a real decoder reads back and 核验 finds 真实, with the task, target, date and 执法证号', async () => {
    const task = await drawnTask(s, f, f.targets)
    matchGroups(s, f, task)
    const issued = await s.call('notices:issue', { taskId: task })
    const { code } = await s.call('tasks:get', { id: task })
    const lines = qrLines((await s.call('notices:export', { taskId: task })).base64)
    expect(lines).toHaveLength(3)
    for (const [i, n] of issued.notices.entries()) {
      const line = lines.find((l) => l.startsWith(`SCV1|${n.numberText}|`))
      expect(line, n.numberText).toBeDefined()
      expect(line).toContain(`|${code}|91370322MA3C0000${i}X|2026-03-10|37030020190000,37030120190001|`)
      const verdict = await s.call('verify:notice', { text: line! })
      expect(verdict.verdict, verdict.reason).toBe('真实')
      expect(verdict.record).toMatchObject({ numberText: n.numberText, taskCode: code, targetName: `示范县第${i + 1}号商贸有限公司` })
    }
    // The record forms carry the same line as their visit's notice.
    expect(qrLines((await s.call('notices:exportRecordForms', { taskId: task })).base64)).toEqual(lines)
  })

  it('says 已作废 once the notice is voided, and 无法核验 when the visit’s day or group changed after printing', async () => {
    const task = await drawnTask(s, f, f.targets.slice(0, 2))
    matchGroups(s, f, task)
    const [first, second] = (await s.call('notices:issue', { taskId: task })).notices
    const lines = qrLines((await s.call('notices:export', { taskId: task })).base64)
    const lineOf = (numberText: string) => lines.find((l) => l.startsWith(`SCV1|${numberText}|`))!

    await s.call('notices:void', { id: first.id, reason: '检查日期变更，重新印发' })
    const voided = await s.call('verify:notice', { text: lineOf(first.numberText) })
    expect(voided.verdict).toBe('已作废')
    expect(voided.reason).toContain('检查日期变更')

    const sql = s.host.deps.store.sqlite
    sql.prepare('UPDATE visits SET planned_date = ? WHERE id = ?').run('2026-03-20', second.visitId)
    const moved = await s.call('verify:notice', { text: lineOf(second.numberText) })
    expect(moved.verdict).toBe('无法核验')
    expect(moved.reason).toContain('检查日期与登记的通知书不一致')

    sql.prepare('UPDATE visits SET planned_date = NULL WHERE id = ?').run(second.visitId)
    sql.prepare(`UPDATE inspectors SET cert_no = '37039999' WHERE id = ?`).run(f.inspectors[1])
    const regrouped = await s.call('verify:notice', { text: lineOf(second.numberText) })
    expect(regrouped.verdict).toBe('无法核验')
    expect(regrouped.reason).toContain('执法证号与登记的通知书不一致')
  })
})
