import type { TargetEditDto, TargetHistoryDto, TargetTaskDto } from '@shared/domain/targets'
import type { HandlerMap } from './serviceHost'
import { notFound } from './serviceError'

/** Form fields as the edit history names them. */
const fieldLabels: Record<string, string> = {
  kind: '对象类型',
  name: '对象名称',
  uscc: '统一社会信用代码',
  regNo: '注册号',
  legalRep: '法定代表人',
  address: '经营地址',
  phone: '联系电话',
  town: '所属乡镇（街道）',
  industry: '行业',
  scale: '企业规模',
  riskClass: '信用风险分类',
  abnormal: '经营异常',
  seriousViolation: '严重违法失信',
  complaintCount: '投诉举报次数',
  tags: '标签',
  departmentIds: '监管部门'
}

const actionLabels: Record<string, string> = {
  'directory:createTarget': '录入',
  'directory:updateTarget': '修改',
  'directory:changeTargetStatus': '变更登记状态'
}

interface AuditSqlRow {
  at: string
  operator: string
  action: string
  detail: string
}

/** Which form fields an update changed: its input against the `before` the update recorded. */
function changedFields(detail: { input?: Record<string, unknown>; before?: Record<string, unknown> }): string[] {
  const { input, before } = detail
  if (!input || !before) return []
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? '') === JSON.stringify(b ?? '')
  return Object.keys(fieldLabels).filter((field) => field in input && !same(input[field], before[field])).map((field) => fieldLabels[field])
}

export const targetHistoryHandlers: Pick<HandlerMap, 'directory:targetHistory'> = {
  'directory:targetHistory': {
    tx: (ctx, { id }) => {
      if (!ctx.sqlite.prepare('SELECT 1 FROM targets WHERE id = ?').get(id)) throw notFound('这个检查对象')
      const audits = ctx.sqlite
        .prepare(
          `SELECT at, operator, action, detail FROM audit_log
           WHERE entity = 'directory' AND entity_id = ? AND action IN (${Object.keys(actionLabels).map(() => '?').join(', ')})
           ORDER BY seq DESC LIMIT 200`
        )
        .all(String(id), ...Object.keys(actionLabels)) as AuditSqlRow[]
      const edits: TargetEditDto[] = audits.map((row) => ({
        at: row.at,
        operator: row.operator,
        action: actionLabels[row.action],
        fields: row.action === 'directory:updateTarget' ? changedFields(JSON.parse(row.detail)) : []
      }))
      const tasks = ctx.sqlite
        .prepare(
          `SELECT k.id AS taskId, k.code, k.name, k.year, k.status, tt.outcome, tt.draw_id AS drawId, d.at AS drawAt
           FROM task_targets tt JOIN tasks k ON k.id = tt.task_id LEFT JOIN draws d ON d.id = tt.draw_id
           WHERE tt.target_id = ? ORDER BY k.year DESC, k.id DESC`
        )
        .all(id) as TargetTaskDto[]
      return { edits, tasks } satisfies TargetHistoryDto
    }
  }
}
