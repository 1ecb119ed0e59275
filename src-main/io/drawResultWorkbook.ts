import ExcelJS from 'exceljs'
import type { DrawRecordDto } from '@shared/domain/drawSession'
import type { TaskDto } from '@shared/domain/tasks'

export interface DrawResultData {
  task: Pick<TaskDto, 'code' | 'name'>
  draw: DrawRecordDto
}

/**
 * 抽取结果 as xlsx (issue 4): one row per drawn target with its inspection group, codes stored as
 * text (Excel would otherwise eat the digits of long numbers, DESIGN.md "Things that bite").
 */
export async function buildDrawResultWorkbook(data: DrawResultData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'spotcheck-desk'
  const sheet = workbook.addWorksheet('抽取结果', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.columns = [
    { key: 'order', width: 6 },
    { key: 'name', width: 36 },
    { key: 'identifier', width: 22, style: { numFmt: '@' } },
    { key: 'town', width: 12 },
    { key: 'className', width: 14 },
    { key: 'stratum', width: 8 },
    { key: 'leader', width: 22 },
    { key: 'members', width: 44 },
    { key: 'merge', width: 16 }
  ]
  sheet.mergeCells('A1:I1')
  sheet.getCell('A1').value = `${data.task.name}（${data.task.code}）抽取结果 · 第 ${data.draw.id} 号摇号 · 承诺值 ${data.draw.commitment}`
  sheet.getCell('A1').font = { bold: true }
  const header = sheet.addRow(['序号', '检查对象', '统一社会信用代码/标识', '乡镇（街道）', '对象类别', '风险分层', '组长', '组员', '合并检查任务'])
  header.font = { bold: true }
  for (const target of data.draw.targets) {
    const active = target.group.filter((m) => m.replacedByName === null)
    const who = (m: (typeof active)[number]) => `${m.name}（${m.departmentName}）`
    sheet.addRow([
      target.order,
      target.name,
      target.identifier,
      target.town,
      target.className,
      target.stratum,
      active.filter((m) => m.role === '组长').map(who).join('、'),
      active.filter((m) => m.role !== '组长').map(who).join('、'),
      target.mergeWithTaskCodes.join('、')
    ])
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
