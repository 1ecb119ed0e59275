import type Database from 'better-sqlite3'
import type { DrawCommitmentDto, DrawRecordDto, DrawnTargetDto, GroupMemberDto, TaskDrawsDto } from '@shared/domain/drawSession'
import type { GroupRole } from '@shared/domain/draw'
import type { DrawnMember, DrawnTarget } from './drawTargets'
import type { PlannedPool } from './planTargetDraw'
import { visitsWithoutGroup } from './visitsToMatch'

interface DrawRecordRow {
  id: number
  kind: '对象' | '人员'
  at: string
  operator: string
  witnesses: string
  commitment: string
  revealedSecret: string | null
  externalEntropy: string | null
  poolHash: string
  poolSize: number
  supersedesDrawId: number | null
  redrawReason: string | null
  parameters: string
  purpose: string | null
  targets: string | null
  groups: string | null
  replacement: string | null
}

/** The draws of a task without their pools: json_extract reads only the parts the screen shows. */
function drawRows(sqlite: Database.Database, where: string, ...params: unknown[]): DrawRecordRow[] {
  return sqlite
    .prepare(
      `SELECT id, kind, at, operator, witnesses, commitment, revealed_secret AS revealedSecret, external_entropy AS externalEntropy,
              pool_hash AS poolHash, pool_size AS poolSize, supersedes_draw_id AS supersedesDrawId, redraw_reason AS redrawReason,
              parameters, json_extract(pool_definition, '$.purpose') AS purpose, json_extract(result, '$.targets') AS targets, json_extract(result, '$.groups') AS groups,
              json_extract(result, '$.replacement') AS replacement
         FROM draws WHERE ${where} ORDER BY id DESC`
    )
    .all(...params) as DrawRecordRow[]
}

function departmentNames(sqlite: Database.Database): Map<number, { name: string; shortName: string }> {
  const rows = sqlite.prepare('SELECT id, name, short_name AS shortName FROM departments').all() as { id: number; name: string; shortName: string }[]
  return new Map(rows.map((d) => [d.id, d]))
}

/**
 * The live groups of the task's visits (a merged visit's group may have been drawn by the other
 * task), replaced members included and marked, by target.
 */
function liveGroups(sqlite: Database.Database, taskId: number): Map<number, GroupMemberDto[]> {
  const rows = sqlite
    .prepare(
      `SELECT gm.id, g.target_id AS targetId, gm.inspector_id AS inspectorId, i.name, coalesce(i.cert_no, '专家' || i.id) AS identifier,
              gm.department_id AS departmentId, d.name AS departmentName, d.short_name AS departmentShortName, gm.is_leader AS isLeader, gm.role,
              r.name AS replacedByName, gm.replacement_reason AS replacementReason, gm.replaced_at AS replacedAt
         FROM group_members gm
         JOIN inspection_groups g ON g.id = gm.group_id
         JOIN inspectors i ON i.id = gm.inspector_id
         JOIN departments d ON d.id = gm.department_id
         LEFT JOIN group_members rm ON rm.id = gm.replaced_by
         LEFT JOIN inspectors r ON r.id = rm.inspector_id
        WHERE g.task_id = ? OR g.visit_id IN (SELECT visit_id FROM task_targets WHERE task_id = ? AND visit_id IS NOT NULL)
        ORDER BY g.id, gm.seat, gm.id`
    )
    .all(taskId, taskId) as (GroupMemberDto & { targetId: number; isLeader: number })[]
  const out = new Map<number, GroupMemberDto[]>()
  for (const { targetId, isLeader: _isLeader, ...member } of rows) {
    const list = out.get(targetId) ?? []
    list.push(member)
    out.set(targetId, list)
  }
  return out
}

/** Other tasks visiting the drawn targets in an overlapping period (004 §(二十) 进一次门、查多项事). */
function mergeWith(sqlite: Database.Database, taskId: number): Map<number, string[]> {
  const rows = sqlite
    .prepare(
      `SELECT mine.target_id AS targetId, other.code AS code
         FROM task_targets mine
         JOIN tasks me ON me.id = mine.task_id
         JOIN task_targets theirs ON theirs.target_id = mine.target_id AND theirs.task_id <> mine.task_id
         JOIN tasks other ON other.id = theirs.task_id
        WHERE mine.task_id = ? AND other.period_start <= me.period_end AND other.period_end >= me.period_start`
    )
    .all(taskId) as { targetId: number; code: string }[]
  const out = new Map<number, string[]>()
  for (const row of rows) out.set(row.targetId, [...(out.get(row.targetId) ?? []), row.code])
  return out
}

function toDto(row: DrawRecordRow, supersededBy: Map<number, number>, names: Map<number, { name: string; shortName: string }>): DrawRecordDto {
  const parameters = JSON.parse(row.parameters) as { classes?: DrawRecordDto['classes'] }
  const snapshotGroups = new Map(
    (JSON.parse(row.groups ?? '[]') as { identifier: string; members: DrawnMember[] }[]).map((g) => [g.identifier, g.members])
  )
  const targets = (JSON.parse(row.targets ?? '[]') as DrawnTarget[]).map(
    (t): DrawnTargetDto => ({
      ...t,
      mergeWithTaskCodes: [],
      outcome: '',
      group: (snapshotGroups.get(t.identifier) ?? []).map((m, i) => ({
        id: -(i + 1),
        inspectorId: m.inspectorId,
        name: m.name,
        identifier: m.identifier,
        departmentId: m.departmentId,
        departmentName: names.get(m.departmentId)?.name ?? '',
        departmentShortName: names.get(m.departmentId)?.shortName ?? '',
        role: m.role as GroupRole,
        replacedByName: null,
        replacementReason: null,
        replacedAt: null
      }))
    })
  )
  return {
    id: row.id,
    kind: row.kind,
    purpose: row.kind === '对象' ? 'targets' : row.purpose === 'inspectors' ? 'inspectors' : 'replacement',
    at: row.at,
    operator: row.operator,
    witnesses: (JSON.parse(row.witnesses) as { name: string; unit?: string }[]).map((w) => ({ name: w.name, unit: w.unit ?? '' })),
    commitment: row.commitment,
    secret: row.revealedSecret ?? '',
    entropy: row.externalEntropy ?? '',
    poolHash: row.poolHash,
    poolSize: row.poolSize,
    classes: parameters.classes ?? [],
    supersedesDrawId: row.supersedesDrawId,
    redrawReason: row.redrawReason,
    supersededByDrawId: supersededBy.get(row.id) ?? null,
    replacement: row.replacement ? (JSON.parse(row.replacement) as DrawRecordDto['replacement']) : null,
    targets
  }
}

/** The draw in force: the newest target draw that no later draw supersedes. */
export function currentDrawId(sqlite: Database.Database, taskId: number): number | null {
  const row = sqlite
    .prepare(
      `SELECT id FROM draws d WHERE task_id = ? AND kind = '对象'
          AND NOT EXISTS (SELECT 1 FROM draws s WHERE s.supersedes_draw_id = d.id) ORDER BY id DESC LIMIT 1`
    )
    .get(taskId) as { id: number } | undefined
  return row?.id ?? null
}

export function pendingCommitment(sqlite: Database.Database, taskId: number, purpose: 'targets' | 'inspectors' | 'replacement'): DrawCommitmentDto | null {
  const row = sqlite
    .prepare(
      `SELECT id, commitment, created_at AS createdAt, json_extract(plan, '$.preview') AS preview,
              json_extract(plan, '$.poolSize') AS poolSize, json_extract(plan, '$.poolHash') AS poolHash,
              json_array_length(plan, '$.visits') AS visits, json_extract(plan, '$.targetDrawId') AS targetDrawId
         FROM draw_commitments
        WHERE task_id = ? AND purpose = ? AND used_by_draw_id IS NULL ORDER BY id DESC LIMIT 1`
    )
    .get(taskId, purpose) as
    | { id: number; commitment: string; createdAt: string; preview: string | null; poolSize: number | null; poolHash: string | null; visits: number | null; targetDrawId: number | null }
    | undefined
  if (!row) return null
  // An inspector commitment made before a re-draw is stale: the screen offers a fresh one.
  if (purpose === 'inspectors' && row.targetDrawId !== currentDrawId(sqlite, taskId)) return null
  return {
    id: row.id,
    commitment: row.commitment,
    createdAt: row.createdAt,
    preview: row.preview ? JSON.parse(row.preview) : null,
    inspectors: purpose === 'inspectors' ? { poolSize: row.poolSize ?? 0, poolHash: row.poolHash ?? '', visits: row.visits ?? 0 } : null
  }
}

export function readTaskDraws(sqlite: Database.Database, taskId: number): TaskDrawsDto {
  const rows = drawRows(sqlite, 'task_id = ?', taskId)
  const supersededBy = new Map<number, number>()
  for (const row of rows) if (row.supersedesDrawId !== null) supersededBy.set(row.supersedesDrawId, row.id)
  const names = departmentNames(sqlite)
  const history = rows.map((row) => toDto(row, supersededBy, names))
  const currentId = currentDrawId(sqlite, taskId)
  let current = history.find((d) => d.id === currentId) ?? null
  if (current) {
    const live = liveGroups(sqlite, taskId)
    const merges = mergeWith(sqlite, taskId)
    const outcomes = new Map(
      (sqlite.prepare('SELECT target_id AS targetId, outcome FROM task_targets WHERE task_id = ?').all(taskId) as { targetId: number; outcome: string }[]).map(
        (r) => [r.targetId, r.outcome]
      )
    )
    current = {
      ...current,
      targets: current.targets.map((t) => ({
        ...t,
        group: live.get(t.targetId) ?? [],
        mergeWithTaskCodes: merges.get(t.targetId) ?? [],
        outcome: outcomes.get(t.targetId) ?? ''
      }))
    }
  }
  const task = sqlite.prepare('SELECT status, locked_at AS lockedAt FROM tasks WHERE id = ?').get(taskId) as { status: TaskDrawsDto['status']; lockedAt: string | null }
  const notices = sqlite.prepare("SELECT count(*) AS n FROM notices WHERE task_id = ? AND status = '有效'").get(taskId) as { n: number }
  return {
    current,
    status: task.status,
    lockedAt: task.lockedAt,
    visitsWithoutGroup: current ? visitsWithoutGroup(sqlite, taskId) : 0,
    validNotices: notices.n,
    history,
    pendingCommitment: pendingCommitment(sqlite, taskId, 'targets'),
    pendingInspectorCommitment: task.lockedAt ? pendingCommitment(sqlite, taskId, 'inspectors') : null
  }
}

/** Class and stratum figures as the draw record keeps them (parameters.classes). */
export function classSummary(pools: readonly PlannedPool[], classNames: readonly string[]): DrawRecordDto['classes'] {
  return classNames.map((name) => ({
    name,
    strata: pools
      .filter((p) => p.className === name)
      .map((p) => ({ stratum: p.stratum ?? '', poolSize: p.ids.length, poolHash: p.hash, count: p.count, percent: p.percent }))
  }))
}
