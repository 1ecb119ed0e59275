import { eq } from 'drizzle-orm'
import { drawAlgorithmId } from '@shared/domain/draw'
import type { DrawCommitmentDto } from '@shared/domain/drawSession'
import { drawCommitments, draws } from '../db/schema'
import { commitmentOf, makeSecret } from '../draw/commitment'
import { DrawInputError } from '../draw/drawInputError'
import { normalizeText } from '../draw/normalizeText'
import { drawTargets } from './draw/drawTargets'
import { drawInspectors, inspectorDrawShortfalls, inspectorPoolOf, type InspectorDrawPlan } from './draw/drawInspectors'
import { drawDefaults } from './draw/drawDefaults'
import { inspectorShortfalls, loadInspectorPool, matchingSetup } from './draw/loadInspectorPool'
import { planTargetDraw, type DrawSettings, type PlannedPool, type TargetDrawPlan } from './draw/planTargetDraw'
import { classSummary, currentDrawId, pendingCommitment, readTaskDraws } from './draw/readTaskDraws'
import { replaceGroupMember } from './draw/replaceGroupMember'
import { storeInspectorGroups, storeTargetDraw, taskIsDemo } from './draw/storeDrawResult'
import { openVisitIds, visitsToMatch } from './draw/visitsToMatch'
import { taskDocumentHandlers } from './draw/taskDocumentHandlers'
import { drawExportHandlers } from './draw/drawExportHandlers'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readTask } from './tasks/readTasks'

/** What a commitment row fixes: the settings and the pools shown beside the commitment. */
interface StoredPlan {
  settings: DrawSettings
  preview: TargetDrawPlan['preview'] & { shortfalls: string[] }
  pools: StoredPool[]
}

/**
 * A pool as the commitment row keeps it: its identifiers as one newline-joined string instead of
 * a JSON array (at 1,000,000 targets one string is written and read back in a fraction of the
 * time of a million array entries). Rows written before keep `ids`, and still open.
 */
type StoredPool = Omit<PlannedPool, 'ids'> & { ids?: string[]; idLines?: string }

function storedPool(pool: PlannedPool): StoredPool {
  const { ids, ...rest } = pool
  return { ...rest, idLines: ids.join('\n') }
}

function openedPool(pool: StoredPool): PlannedPool {
  const { idLines, ids, ...rest } = pool
  return { ...rest, ids: ids ?? (idLines ? idLines.split('\n') : []) }
}

function planFor(ctx: ServiceContext, settings: DrawSettings) {
  const task = readTask(ctx.sqlite, settings.taskId)
  // 004 §(十五), 003 §二(六): a task on a key item (重点事项) is not bound by the caps.
  const keyItem = task.checklistItems.some((item) => item.category === '重点')
  const plan = planTargetDraw(ctx.sqlite, { ...task, keyItem }, settings)
  const setup = matchingSetup(ctx.sqlite, task, task.checklistItems)
  const shortfalls = inspectorShortfalls(setup, loadInspectorPool(ctx.sqlite))
  return { task, plan: { ...plan, preview: { ...plan.preview, shortfalls } } }
}

type CommitmentPurpose = 'targets' | 'inspectors' | 'replacement'

function newCommitment(ctx: ServiceContext, taskId: number, purpose: CommitmentPurpose, plan: Record<string, unknown>): { id: number; commitment: string } {
  const secret = makeSecret(ctx.randomBytes)
  const commitment = commitmentOf(secret)
  const row = ctx.db
    .insert(drawCommitments)
    .values({ taskId, purpose, commitment, secret, plan, operator: ctx.operator, createdAt: ctx.now })
    .returning({ id: drawCommitments.id })
    .get()
  ctx.auditDetail({ commitment })
  return { id: row.id, commitment }
}

function openCommitment(ctx: ServiceContext, id: number, purpose: CommitmentPurpose) {
  const row = ctx.db.select().from(drawCommitments).where(eq(drawCommitments.id, id)).get()
  if (!row || row.purpose !== purpose) throw new ServiceError('NOT_FOUND', '找不到这个承诺值，请重新生成承诺值', 'commitmentId')
  if (row.usedByDrawId !== null) throw new ServiceError('CONFLICT', '这个承诺值已用于一次摇号，不能再用：请重新生成承诺值', 'commitmentId')
  return row
}

function lockedAt(ctx: ServiceContext, taskId: number): string | null {
  return (ctx.sqlite.prepare('SELECT locked_at AS lockedAt FROM tasks WHERE id = ?').get(taskId) as { lockedAt: string | null }).lockedAt
}

/** issue 8 §3: once a notice is 有效 (or a result is entered) the target list stands. */
function assertNoNoticesIssued(ctx: ServiceContext, taskId: number): void {
  const started = ctx.sqlite
    .prepare("SELECT (SELECT count(*) FROM notices WHERE task_id = ? AND status = '有效') AS notices, (SELECT count(*) FROM results WHERE task_id = ?) AS results")
    .get(taskId, taskId) as { notices: number; results: number }
  if (started.notices > 0) {
    throw new ServiceError('CONFLICT', `本任务已开具 ${started.notices} 份有效的行政检查通知书，检查对象名单不能再重新摇号；确需调整，请先作废全部通知书`)
  }
  if (started.results > 0) throw new ServiceError('CONFLICT', '本任务已录入检查结果，不能再重新摇号；如需更换检查人员，请使用“更换人员”')
}

/** The inputs of an inspector draw for the task's visits without a group, with the directory as it is now. */
function inspectorPlan(ctx: ServiceContext, taskId: number): InspectorDrawPlan {
  const task = readTask(ctx.sqlite, taskId)
  const targetDrawId = currentDrawId(ctx.sqlite, taskId)
  if (targetDrawId === null) throw new ServiceError('CONFLICT', '本任务还没有抽取检查对象：请先完成第一步“抽取检查对象”')
  if (lockedAt(ctx, taskId) === null) {
    throw new ServiceError('CONFLICT', '检查对象名单还没有锁定：请先在第二步“确认锁定并下发”，再随机匹配执法检查人员')
  }
  const setup = visitsToMatch(ctx.sqlite, task)
  if (setup.visits.length === 0) throw new ServiceError('CONFLICT', '本任务待检查的对象都已有检查组，不需要再摇号匹配人员')
  const pool = loadInspectorPool(ctx.sqlite)
  const { hash, size } = inspectorPoolOf(pool.records)
  return { task: setup.task, visits: setup.visits, inspectors: pool.records, info: [...pool.info], poolHash: hash, poolSize: size, targetDrawId }
}

/** 摇号 (issues 4 and 8): targets, lock, inspectors under their own commitment, re-draws, replacements, exports. */
export const drawHandlers: Pick<
  HandlerMap,
  | 'draw:preview'
  | 'draw:defaults'
  | 'draw:commit'
  | 'draw:run'
  | 'draw:lock'
  | 'draw:commitInspectors'
  | 'draw:runInspectors'
  | 'draw:taskDraws'
  | 'draw:commitReplacement'
  | 'draw:replaceInspector'
  | 'draw:exportProof'
  | 'draw:exportRecord'
  | 'draw:exportResults'
  | 'draw:exportAnnouncement'
  | 'draw:exportGroups'
> = {
  'draw:preview': { tx: (ctx, settings) => planFor(ctx, settings).plan.preview },

  'draw:defaults': { tx: (ctx, { taskId }) => drawDefaults(ctx.sqlite, readTask(ctx.sqlite, taskId).id) },

  'draw:commit': {
    tx: (ctx, settings) => {
      const { plan } = planFor(ctx, settings)
      if (currentDrawId(ctx.sqlite, settings.taskId) !== null) assertNoNoticesIssued(ctx, settings.taskId)
      if (plan.preview.toDraw === 0) throw new ServiceError('VALIDATION', '号池为空或抽取数量为 0：没有可抽取的对象，请调整范围或比例', 'classes')
      const stored: StoredPlan = { settings, preview: plan.preview, pools: plan.pools.map(storedPool) }
      const { id, commitment } = newCommitment(ctx, settings.taskId, 'targets', stored as unknown as Record<string, unknown>)
      const dto: DrawCommitmentDto = { id, commitment, createdAt: ctx.now, preview: plan.preview }
      return dto
    }
  },

  'draw:run': {
    tx: (ctx, input) => {
      const commitment = openCommitment(ctx, input.commitmentId, 'targets')
      const plan = commitment.plan as unknown as StoredPlan
      const pools = plan.pools.map(openedPool)
      const task = readTask(ctx.sqlite, commitment.taskId)
      const previous = currentDrawId(ctx.sqlite, task.id)
      if (previous !== null && input.redrawReason === '') {
        const locked = lockedAt(ctx, task.id) !== null
        throw new ServiceError(
          'VALIDATION',
          `本任务已经摇过号${locked ? '且名单已锁定' : ''}：重新摇号须写明理由，原摇号记录会保留并标为“已被重新摇号取代”${locked ? '，已匹配的检查组随之取消，需重新锁定' : ''}`,
          'redrawReason'
        )
      }
      if (previous !== null) assertNoNoticesIssued(ctx, task.id)
      let result
      try {
        result = drawTargets(ctx.sqlite, {
          task: { code: task.code, name: task.name },
          pools,
          poolHash: plan.preview.poolHash,
          poolSize: plan.preview.poolSize,
          secret: commitment.secret,
          commitment: commitment.commitment,
          entropy: input.entropy,
          witnesses: input.witnesses,
          drawnAt: ctx.now
        })
      } catch (error) {
        if (error instanceof DrawInputError) throw new ServiceError('VALIDATION', error.message)
        throw error
      }
      const row = ctx.db
        .insert(draws)
        .values({
          taskId: task.id,
          kind: '对象',
          algorithmId: drawAlgorithmId,
          algorithmVersion: '1',
          poolDefinition: { classes: plan.settings.classes, targeted: plan.settings.targeted, listedUpgrade: plan.settings.listedUpgrade },
          poolSize: plan.preview.poolSize,
          poolHash: plan.preview.poolHash,
          commitment: commitment.commitment,
          revealedSecret: commitment.secret,
          externalEntropy: normalizeText(input.entropy),
          parameters: {
            keyItem: plan.preview.keyItem,
            targeted: plan.settings.targeted,
            listedUpgrade: plan.settings.listedUpgrade,
            rules: plan.preview.classes.map((c) => ({ name: c.name, matched: c.matched, eligible: c.eligible, rules: c.rules })),
            classes: classSummary(pools, plan.settings.classes.map((c) => c.name))
          },
          result: result as unknown as Record<string, unknown>,
          operator: ctx.operator,
          witnesses: input.witnesses,
          at: ctx.now,
          // Set at insert (draws are append-only): a demo task's draws are demo rows (issue 8 §8).
          isDemo: taskIsDemo(ctx.sqlite, task.id) === 1,
          supersedesDrawId: previous,
          redrawReason: previous === null ? null : input.redrawReason
        })
        .returning({ id: draws.id })
        .get()
      ctx.db.update(drawCommitments).set({ usedByDrawId: row.id }).where(eq(drawCommitments.id, commitment.id)).run()
      storeTargetDraw(ctx, task.id, row.id, result)
      ctx.auditDetail({ drawId: row.id, task: task.code, selected: result.targets.length, supersedes: previous })
      return readTaskDraws(ctx.sqlite, task.id)
    }
  },

  // 004 §(十九): 确认锁定并下发. The list stands from here; only a re-draw with a reason changes it.
  'draw:lock': {
    tx: (ctx, { taskId }) => {
      const task = readTask(ctx.sqlite, taskId)
      const drawId = currentDrawId(ctx.sqlite, task.id)
      if (drawId === null) throw new ServiceError('CONFLICT', '本任务还没有抽取检查对象：请先摇号抽取检查对象，再确认锁定')
      if (lockedAt(ctx, task.id) !== null) throw new ServiceError('CONFLICT', '检查对象名单已经锁定并下发，不需要再次锁定')
      ctx.sqlite.prepare('UPDATE tasks SET locked_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, task.id)
      ctx.auditDetail({ task: task.code, drawId })
      return readTaskDraws(ctx.sqlite, task.id)
    }
  },

  'draw:commitInspectors': {
    tx: (ctx, { taskId }) => {
      const plan = inspectorPlan(ctx, taskId)
      const shortfalls = inspectorDrawShortfalls(plan)
      if (shortfalls.length > 0) throw new ServiceError('CONFLICT', `人员不足，不能摇号：${shortfalls.join('；')}。请补充或调整人员后再生成承诺值`)
      const { id, commitment } = newCommitment(ctx, taskId, 'inspectors', plan as unknown as Record<string, unknown>)
      const dto: DrawCommitmentDto = {
        id,
        commitment,
        createdAt: ctx.now,
        preview: null,
        inspectors: { poolSize: plan.poolSize, poolHash: plan.poolHash, visits: plan.visits.length }
      }
      return dto
    }
  },

  'draw:runInspectors': {
    tx: (ctx, input) => {
      const commitment = openCommitment(ctx, input.commitmentId, 'inspectors')
      const plan = commitment.plan as unknown as InspectorDrawPlan
      const task = readTask(ctx.sqlite, commitment.taskId)
      const targetDrawId = currentDrawId(ctx.sqlite, task.id)
      if (lockedAt(ctx, task.id) === null) {
        throw new ServiceError('CONFLICT', '检查对象名单还没有锁定：请先在第二步“确认锁定并下发”，再随机匹配执法检查人员')
      }
      const open = openVisitIds(ctx.sqlite, task.id)
      if (targetDrawId !== plan.targetDrawId || plan.visits.some((v) => !open.has(v.visitId))) {
        throw new ServiceError('CONFLICT', '生成承诺值后检查对象名单或检查组有了变化：请重新生成承诺值再摇号', 'commitmentId')
      }
      const target = ctx.sqlite.prepare('SELECT commitment, pool_hash AS poolHash FROM draws WHERE id = ?').get(targetDrawId) as { commitment: string; poolHash: string }
      const result = drawInspectors({
        task: { code: task.code, name: task.name },
        plan,
        targetDraw: target,
        secret: commitment.secret,
        commitment: commitment.commitment,
        entropy: input.entropy,
        witnesses: input.witnesses,
        drawnAt: ctx.now
      })
      const row = ctx.db
        .insert(draws)
        .values({
          taskId: task.id,
          kind: '人员',
          algorithmId: drawAlgorithmId,
          algorithmVersion: '1',
          poolDefinition: { purpose: 'inspectors', targetDrawId, visits: plan.visits.length },
          poolSize: plan.poolSize,
          poolHash: plan.poolHash,
          commitment: commitment.commitment,
          revealedSecret: commitment.secret,
          externalEntropy: normalizeText(input.entropy),
          parameters: { ...result.bundle.inspectorDraw.parameters },
          result: result as unknown as Record<string, unknown>,
          operator: ctx.operator,
          witnesses: input.witnesses,
          at: ctx.now,
          isDemo: taskIsDemo(ctx.sqlite, task.id) === 1
        })
        .returning({ id: draws.id })
        .get()
      ctx.db.update(drawCommitments).set({ usedByDrawId: row.id }).where(eq(drawCommitments.id, commitment.id)).run()
      storeInspectorGroups(ctx, task.id, row.id, result)
      ctx.auditDetail({ drawId: row.id, task: task.code, groups: result.groups.length })
      return readTaskDraws(ctx.sqlite, task.id)
    }
  },

  'draw:taskDraws': { tx: (ctx, { taskId }) => readTaskDraws(ctx.sqlite, readTask(ctx.sqlite, taskId).id) },

  'draw:commitReplacement': {
    tx: (ctx, { taskId }) => {
      readTask(ctx.sqlite, taskId)
      const groups = ctx.sqlite
        .prepare('SELECT count(*) AS n FROM inspection_groups WHERE task_id = ? OR visit_id IN (SELECT visit_id FROM task_targets WHERE task_id = ?)')
        .get(taskId, taskId) as { n: number }
      if (groups.n === 0) throw new ServiceError('CONFLICT', '本任务还没有匹配检查人员，没有可更换的检查人员')
      const existing = pendingCommitment(ctx.sqlite, taskId, 'replacement')
      if (existing) return existing
      const { id, commitment } = newCommitment(ctx, taskId, 'replacement', {})
      const dto: DrawCommitmentDto = { id, commitment, createdAt: ctx.now, preview: null }
      return dto
    }
  },

  'draw:replaceInspector': {
    tx: (ctx, input) => {
      const commitment = openCommitment(ctx, input.commitmentId, 'replacement')
      const drawId = replaceGroupMember(ctx, commitment, input)
      ctx.db.update(drawCommitments).set({ usedByDrawId: drawId }).where(eq(drawCommitments.id, commitment.id)).run()
      return readTaskDraws(ctx.sqlite, commitment.taskId)
    }
  },

  ...drawExportHandlers,
  ...taskDocumentHandlers
}
