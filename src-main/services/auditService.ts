import type { AuditEntryDto } from '@shared/dashboard'
import type { HandlerMap } from './serviceHost'

const actionNames: Record<string, string> = {
  'departments:create': '新增成员单位',
  'departments:update': '修改成员单位',
  'departments:setActive': '启用/停用成员单位',
  'departments:setActive:true': '启用成员单位',
  'departments:setActive:false': '停用成员单位',
  'settings:update': '修改办公室设置',
  'demo:clear': '清除示范数据',
  'demo:seed': '载入示范县数据',
  'documents:exportMembers': '导出成员单位及联络员名单',
  'directory:createTarget': '新增检查对象',
  'directory:updateTarget': '修改检查对象',
  'directory:changeTargetStatus': '变更检查对象登记状态',
  // issue 5: liaison meetings
  'roster:assign': '调整联席会议组成人员',
  'meetings:create': '新建联席会议',
  'meetings:update': '修改联席会议',
  'meetings:addDecision': '新增议定事项',
  'meetings:updateDecision': '修改议定事项',
  'meetings:addProgress': '登记议定事项进展',
  'minutes:saveDraft': '起草会议纪要',
  'minutes:circulate': '会议纪要送与会单位征求意见',
  'minutes:recordReview': '登记与会单位纪要意见',
  'minutes:sign': '签发会议纪要',
  'minutes:issue': '印发会议纪要',
  'minutes:correct': '更正会议纪要'
}

interface Row {
  seq: number
  at: string
  operator: string
  action: string
  detail: string
}

function summarize(row: Row): string {
  const detail = JSON.parse(row.detail) as { input?: Record<string, unknown>; fileName?: string; name?: string; active?: boolean }
  const nameText = typeof detail.input?.name === 'string' ? detail.input.name : detail.name
  const name = nameText ? `：${nameText}` : ''
  const file = detail.fileName ? `：${detail.fileName}` : ''
  const action = typeof detail.active === 'boolean' ? `${row.action}:${detail.active}` : row.action
  return `${actionNames[action] ?? actionNames[row.action] ?? row.action}${name}${file}`
}

export const auditHandlers: Pick<HandlerMap, 'audit:recent'> = {
  'audit:recent': {
    tx: (ctx, { limit }): AuditEntryDto[] =>
      (ctx.sqlite.prepare('SELECT seq, at, operator, action, detail FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit) as Row[]).map(
        (row) => ({ seq: row.seq, at: row.at, operator: row.operator, action: row.action, summary: summarize(row) })
      )
  }
}
