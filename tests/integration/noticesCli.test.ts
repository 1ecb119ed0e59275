import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docxXml } from '../support/docxXml'
import { drawnTask, matchGroups, seedNoticeFixture } from '../support/drawnTask'
import { runCli } from '../support/runCli'
import { openTempServices } from '../support/tempServices'

const text = (file: string) => docxXml(readFileSync(file)).part('word/document.xml').replace(/<[^>]+>/g, '')

describe('spotcheck doc notices|record-forms (issue 8 §7)', () => {
  let dir: string
  let db: string
  let issued: number
  let drawnOnly: number
  beforeAll(async () => {
    const s = openTempServices()
    const f = seedNoticeFixture(s, 3)
    issued = await drawnTask(s, f, f.targets.slice(0, 2))
    matchGroups(s, f, issued)
    await s.call('notices:issue', { taskId: issued })
    drawnOnly = await drawnTask(s, f, [f.targets[2]], { name: '未印发的任务' })
    dir = s.dir
    db = s.dbPath
    s.host.deps.store.close()
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the task’s notices and record forms, one per visit, and registers them', () => {
    const notices = join(dir, '通知书.docx')
    const run = runCli(['doc', 'notices', '--task', String(issued), '--out', notices, '--db', db])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('已生成行政检查通知书')
    expect(text(notices)).toContain('部门联合双随机抽检字【2026】第 2 号')
    const forms = join(dir, '记录表.docx')
    expect(runCli(['doc', 'record-forms', '--task', String(issued), '--out', forms, '--db', db]).code).toBe(0)
    expect(docxXml(readFileSync(forms)).part('word/document.xml').match(/<w:pageBreakBefore\/>/g)).toHaveLength(1)
  })

  it('exits 2 without --task, and 1 with the reason when the task has no notices yet', () => {
    const missing = runCli(['doc', 'notices', '--out', join(dir, 'x.docx'), '--db', db])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--task')
    const none = runCli(['doc', 'notices', '--task', String(drawnOnly), '--out', join(dir, 'y.docx'), '--db', db])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('印发通知书')
    expect(runCli(['doc', 'notices', '--task', '999', '--out', join(dir, 'z.docx'), '--db', db]).stderr).toContain('没有记录号为 999')
  })
})
