import type { DrawRecordDto } from '@shared/domain/drawSession'
import { buildDrawRecordDocument } from '../../documents/drawRecordDocument'
import { buildDrawResultWorkbook } from '../../io/drawResultWorkbook'
import { issueDocument } from '../documents/issueDocument'
import type { ServiceContext } from '../serviceContext'
import type { HandlerMap } from '../serviceHost'
import { notFound } from '../serviceError'
import { readSettings } from '../settingsService'
import { readTask } from '../tasks/readTasks'
import { readTaskDraws } from './readTaskDraws'

function drawOf(ctx: ServiceContext, drawId: number): { record: DrawRecordDto; taskId: number } {
  const row = ctx.sqlite.prepare('SELECT task_id AS taskId FROM draws WHERE id = ?').get(drawId) as { taskId: number } | undefined
  if (!row) throw notFound('这次摇号记录')
  const draws = readTaskDraws(ctx.sqlite, row.taskId)
  // The draw in force shows its live groups (replacements applied); an earlier one its own result.
  const record = draws.current?.id === drawId ? draws.current : draws.history.find((d) => d.id === drawId)
  if (!record) throw notFound('这次摇号记录')
  return { record, taskId: row.taskId }
}

/** 摇号 exports (issue 4): the proof, the 摇号记录 and the result list, each entered in the 文书登记簿. */
export const drawExportHandlers: Pick<HandlerMap, 'draw:exportProof' | 'draw:exportRecord' | 'draw:exportResults'> = {
  'draw:exportProof': {
    async: async (ctx, { drawId }) => {
      const row = ctx.sqlite
        .prepare(`SELECT d.kind, k.code, json_extract(d.result, '$.bundle') AS bundle, json_extract(d.result, '$.proof') AS proof
                    FROM draws d JOIN tasks k ON k.id = d.task_id WHERE d.id = ?`)
        .get(drawId) as { kind: string; code: string; bundle: string | null; proof: string | null } | undefined
      if (!row) throw notFound('这次摇号记录')
      // A target draw exports the bundle of its proofs, an inspector draw its own proof, a replacement its single proof.
      const proof = JSON.parse(row.bundle ?? row.proof ?? 'null')
      const bytes = Buffer.from(JSON.stringify(proof, null, 2) + '\n', 'utf8')
      const what = row.kind === '对象' ? '摇号证明' : row.bundle ? '人员摇号证明' : '人员更换证明'
      const fileName = `${row.code}${what}（第${drawId}号）.json`
      return issueDocument(ctx, { kind: 'drawProof', params: { drawId }, fileName, bytes })
    }
  },
  'draw:exportRecord': {
    async: async (ctx, { drawId }) => {
      const { record, taskId } = drawOf(ctx, drawId)
      const task = readTask(ctx.sqlite, taskId)
      const office = readSettings(ctx.db)
      const bytes = await buildDrawRecordDocument({ officeName: office.officeName, task, draw: record })
      const what = record.purpose === 'targets' ? '摇号记录' : '人员摇号记录'
      return issueDocument(ctx, { kind: 'drawRecord', params: { drawId }, fileName: `${task.code}${what}（第${drawId}号）.docx`, bytes })
    }
  },
  'draw:exportResults': {
    async: async (ctx, { drawId }) => {
      const { record, taskId } = drawOf(ctx, drawId)
      const task = readTask(ctx.sqlite, taskId)
      const bytes = await buildDrawResultWorkbook({ task, draw: record })
      const what = record.purpose === 'targets' ? '抽取结果' : '检查组匹配结果'
      return issueDocument(ctx, { kind: 'drawResults', params: { drawId }, fileName: `${task.code}${what}（第${drawId}号）.xlsx`, bytes })
    }
  }
}
