import { eq } from 'drizzle-orm'
import { drawAlgorithmId, type GroupRole, type InspectionGroup } from '@shared/domain/draw'
import type { ParsedInput } from '@shared/contract'
import { draws, groupMembers, type DrawCommitmentRow } from '../../db/schema'
import { DrawInputError } from '../../draw/drawInputError'
import { normalizeText } from '../../draw/normalizeText'
import { replaceInspector } from '../../draw/replaceInspector'
import type { ServiceContext } from '../serviceContext'
import { ServiceError } from '../serviceError'
import { readTask } from '../tasks/readTasks'
import { inspectorIdentifier, loadInspectorPool, matchingSetup } from './loadInspectorPool'
import { taskIsDemo } from './storeDrawResult'
import { targetIdentifierSql } from './targetIdentifier'
import { visitsToMatch } from './visitsToMatch'

interface MemberRow {
  id: number
  groupId: number
  seat: number
  role: GroupRole
  isLeader: number
  inspectorId: number
  certNo: string | null
  name: string
  departmentId: number
  replacedBy: number | null
}

const memberSql = `SELECT gm.id, gm.group_id AS groupId, gm.seat, gm.role, gm.is_leader AS isLeader, gm.inspector_id AS inspectorId,
                          i.cert_no AS certNo, i.name, gm.department_id AS departmentId, gm.replaced_by AS replacedBy
                     FROM group_members gm JOIN inspectors i ON i.id = gm.inspector_id`

/**
 * 更换执法检查人员 (004 §(二十三)): the replacement is drawn by replaceInspector from the seat's
 * remaining candidates under a commitment shown beforehand, stored as a draws row of kind 人员 with
 * its proof; the replaced member's row stays, pointing at the new one with the reason.
 */
export function replaceGroupMember(ctx: ServiceContext, commitment: DrawCommitmentRow, input: ParsedInput<'draw:replaceInspector'>): number {
  const member = ctx.sqlite.prepare(`${memberSql} WHERE gm.id = ?`).get(input.groupMemberId) as MemberRow | undefined
  const group = member
    ? (ctx.sqlite
        .prepare(
          `SELECT g.id, g.task_id AS taskId, g.visit_id AS visitId, ${targetIdentifierSql} AS target FROM inspection_groups g JOIN targets t ON t.id = g.target_id WHERE g.id = ?`
        )
        .get(member.groupId) as { id: number; taskId: number; visitId: number | null; target: string })
    : undefined
  // A merged visit's group may have been drawn by the other task: either task may replace in it.
  const onTaskVisit =
    group !== undefined &&
    group.visitId !== null &&
    ctx.sqlite.prepare('SELECT 1 FROM task_targets WHERE task_id = ? AND visit_id = ?').get(commitment.taskId, group.visitId) !== undefined
  if (!member || !group || (group.taskId !== commitment.taskId && !onTaskVisit)) {
    throw new ServiceError('NOT_FOUND', '找不到这名检查组成员，请刷新后重试', 'groupMemberId')
  }
  if (member.replacedBy !== null) throw new ServiceError('CONFLICT', `${member.name}已被更换，请刷新后重试`, 'groupMemberId')

  const task = readTask(ctx.sqlite, commitment.taskId)
  // A merged visit's seat needs the qualifications of both tasks' items (004 §(二十)).
  const setup = group.visitId === null ? null : visitsToMatch(ctx.sqlite, task, { visitId: group.visitId })
  const base = matchingSetup(ctx.sqlite, task, task.checklistItems)
  const visit = setup?.visits[0]?.matching ?? { id: group.target, targetIds: [group.target], qualifications: base.qualifications }
  const pool = loadInspectorPool(ctx.sqlite)
  const active = ctx.sqlite
    .prepare(`${memberSql} JOIN inspection_groups g ON g.id = gm.group_id WHERE (g.task_id = ? OR g.id = ?) AND gm.replaced_by IS NULL`)
    .all(task.id, group.id) as MemberRow[]
  const load: Record<string, number> = {}
  for (const m of active) load[inspectorIdentifier({ id: m.inspectorId, certNo: m.certNo })] = (load[inspectorIdentifier({ id: m.inspectorId, certNo: m.certNo })] ?? 0) + 1
  const inGroup = active.filter((m) => m.groupId === group.id).sort((a, b) => a.seat - b.seat)
  const current: InspectionGroup = {
    visitId: group.target,
    members: inGroup.map((m) => ({ inspectorId: inspectorIdentifier({ id: m.inspectorId, certNo: m.certNo }), departmentId: String(m.departmentId), role: m.role }))
  }
  let outcome
  try {
    outcome = replaceInspector({
      task: setup?.task ?? base.task,
      visit,
      group: current,
      inspectors: pool.records,
      replacedId: inspectorIdentifier({ id: member.inspectorId, certNo: member.certNo }),
      reason: { kind: input.reasonKind, text: input.reasonText },
      load,
      secretHex: commitment.secret,
      entropy: input.entropy
    })
  } catch (error) {
    if (error instanceof DrawInputError) throw new ServiceError('CONFLICT', error.message)
    throw error
  }
  const chosen = pool.info.get(outcome.replacement.inspectorId)!
  const reasonText = input.reasonText ? `${input.reasonKind}：${input.reasonText}` : input.reasonKind
  const draw = ctx.db
    .insert(draws)
    .values({
      taskId: task.id,
      kind: '人员',
      algorithmId: drawAlgorithmId,
      algorithmVersion: '1',
      poolDefinition: { purpose: 'replacement', groupId: group.id, seat: member.seat },
      poolSize: outcome.proof.poolSize,
      poolHash: outcome.proof.poolHash,
      commitment: commitment.commitment,
      revealedSecret: commitment.secret,
      externalEntropy: normalizeText(input.entropy),
      parameters: { ...outcome.proof.parameters },
      result: { proof: outcome.proof, replacement: { replacedName: member.name, replacementName: chosen.name, reason: reasonText } },
      operator: ctx.operator,
      witnesses: [],
      at: ctx.now,
      isDemo: taskIsDemo(ctx.sqlite, task.id) === 1
    })
    .returning({ id: draws.id })
    .get()
  const added = ctx.db
    .insert(groupMembers)
    .values({ groupId: group.id, inspectorId: chosen.inspectorId, departmentId: chosen.departmentId, isLeader: member.isLeader === 1, role: member.role, seat: member.seat, isDemo: taskIsDemo(ctx.sqlite, task.id) === 1 })
    .returning({ id: groupMembers.id })
    .get()
  ctx.db.update(groupMembers).set({ replacedBy: added.id, replacementReason: reasonText, replacedAt: ctx.now }).where(eq(groupMembers.id, member.id)).run()
  ctx.auditDetail({ drawId: draw.id, replaced: member.name, replacement: chosen.name, reason: reasonText })
  return draw.id
}
