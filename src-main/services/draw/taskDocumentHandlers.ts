import type { defaultTaskAnnouncementWording } from '@shared/domain/documentTemplates'
import { readTemplate } from '../templatesService'
import { buildInspectionGroupsDocument, type GroupListEntry } from '../../documents/inspectionGroupsDocument'
import { buildTaskAnnouncementDocument } from '../../documents/taskAnnouncementDocument'
import { issueDocument } from '../documents/issueDocument'
import type { ServiceContext } from '../serviceContext'
import type { HandlerMap } from '../serviceHost'
import { ServiceError } from '../serviceError'
import { readSettings } from '../settingsService'
import { readTask } from '../tasks/readTasks'
import { currentDrawId } from './readTaskDraws'
import { targetIdentifierSql } from './targetIdentifier'

/** issue 8 §6: the 抽查任务公告 (public, after the lock) and the 检查组名单 (internal) of a task. */
export const taskDocumentHandlers: Pick<HandlerMap, 'draw:exportAnnouncement' | 'draw:exportGroups'> = {
  'draw:exportAnnouncement': {
    async: async (ctx, input) => {
      const task = readTask(ctx.sqlite, input.taskId)
      const drawId = currentDrawId(ctx.sqlite, task.id)
      const locked = ctx.sqlite.prepare('SELECT locked_at AS lockedAt FROM tasks WHERE id = ?').get(task.id) as { lockedAt: string | null }
      if (drawId === null || locked.lockedAt === null) {
        throw new ServiceError('CONFLICT', '检查对象名单还没有确认锁定：请先在摇号页面“确认锁定并下发”，再生成抽查任务公告')
      }
      const draw = ctx.sqlite
        .prepare(
          `SELECT id, at, commitment, revealed_secret AS secret, coalesce(external_entropy, '') AS entropy, pool_hash AS poolHash, pool_size AS poolSize
             FROM draws WHERE id = ?`
        )
        .get(drawId) as { id: number; at: string; commitment: string; secret: string; entropy: string; poolHash: string; poolSize: number }
      // Public: name, code and town only (issue 8 §3: no legal representatives, no phones).
      const targets = ctx.sqlite
        .prepare(
          `SELECT t.name, ${targetIdentifierSql} AS code, t.town FROM task_targets tt JOIN targets t ON t.id = tt.target_id
            WHERE tt.task_id = ? ORDER BY tt.id`
        )
        .all(task.id) as { name: string; code: string; town: string }[]
      const office = readSettings(ctx.db)
      const bytes = await buildTaskAnnouncementDocument({ officeName: office.officeName, task, issuedOn: ctx.today, draw, targets, wording: announcementWording(ctx) })
      const fileName = input.fileName ?? `${task.code}抽查任务公告.docx`
      return issueDocument(ctx, { kind: 'taskAnnouncement', params: { taskId: task.id, drawId }, fileName, bytes })
    }
  },

  'draw:exportGroups': {
    async: async (ctx, input) => {
      const task = readTask(ctx.sqlite, input.taskId)
      const rows = ctx.sqlite
        .prepare(
          `SELECT g.id AS groupId, g.name AS groupName, g.visit_id AS visitId, t.name AS targetName, t.town, gm.role, i.name,
                  d.name AS departmentName, coalesce(i.cert_no, '') AS certNo, i.phone
             FROM inspection_groups g
             JOIN targets t ON t.id = g.target_id
             JOIN group_members gm ON gm.group_id = g.id AND gm.replaced_by IS NULL
             JOIN inspectors i ON i.id = gm.inspector_id
             JOIN departments d ON d.id = gm.department_id
            WHERE g.task_id = ? OR g.visit_id IN (SELECT visit_id FROM task_targets WHERE task_id = ? AND visit_id IS NOT NULL)
            ORDER BY g.id, gm.seat, gm.id`
        )
        .all(task.id, task.id) as {
        groupId: number
        groupName: string
        visitId: number | null
        targetName: string
        town: string
        role: '组长' | '组员' | '专家'
        name: string
        departmentName: string
        certNo: string
        phone: string
      }[]
      if (rows.length === 0) throw new ServiceError('CONFLICT', '本任务还没有匹配检查人员：请先锁定检查对象名单，再摇号匹配执法检查人员')
      const mergedWith = ctx.sqlite.prepare(
        `SELECT DISTINCT k.code FROM task_targets tt JOIN tasks k ON k.id = tt.task_id WHERE tt.visit_id = ? AND tt.task_id <> ? ORDER BY k.code`
      )
      const groups = new Map<number, GroupListEntry & { members: GroupListEntry['members'][number][] }>()
      for (const row of rows) {
        let group = groups.get(row.groupId)
        if (!group) {
          const others = row.visitId === null ? [] : (mergedWith.all(row.visitId, task.id) as { code: string }[]).map((r) => r.code)
          group = { name: row.groupName, targetName: row.targetName, town: row.town, mergedWith: others, members: [] }
          groups.set(row.groupId, group)
        }
        group.members.push({ role: row.role, name: row.name, departmentName: row.departmentName, certNo: row.certNo, phone: row.phone })
      }
      const office = readSettings(ctx.db)
      const bytes = await buildInspectionGroupsDocument({ officeName: office.officeName, task, issuedOn: ctx.today, groups: [...groups.values()] })
      const fileName = input.fileName ?? `${task.code}检查组名单.docx`
      return issueDocument(ctx, { kind: 'inspectionGroups', params: { taskId: task.id, groups: groups.size }, fileName, bytes })
    }
  }
}

/** The 公告's prose as the office set it in 文书措辞 (issue 9 §5). */
function announcementWording(ctx: ServiceContext): typeof defaultTaskAnnouncementWording {
  const t = readTemplate(ctx.db, 'taskAnnouncement')
  return { basis: t.basis, howToVerify: t.howToVerify, closing: t.closing }
}
