import { eq } from 'drizzle-orm'
import { drawAlgorithmId } from '@shared/domain/draw'
import type { DrawCommitmentDto } from '@shared/domain/drawSession'
import { drawCommitments, draws } from '../db/schema'
import { commitmentOf, makeSecret } from '../draw/commitment'
import { DrawInputError } from '../draw/drawInputError'
import { normalizeText } from '../draw/normalizeText'
import { drawTargetsAndInspectors } from './draw/drawTargetsAndInspectors'
import { inspectorShortfalls, loadInspectorPool, matchingSetup } from './draw/loadInspectorPool'
import { planTargetDraw, type DrawSettings, type PlannedPool, type TargetDrawPlan } from './draw/planTargetDraw'
import { classSummary, currentDrawId, pendingCommitment, readTaskDraws } from './draw/readTaskDraws'
import { replaceGroupMember } from './draw/replaceGroupMember'
import { storeDrawResult } from './draw/storeDrawResult'
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

function newCommitment(ctx: ServiceContext, taskId: number, purpose: 'targets' | 'replacement', plan: Record<string, unknown>): { id: number; commitment: string } {
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

function openCommitment(ctx: ServiceContext, id: number, purpose: 'targets' | 'replacement') {
  const row = ctx.db.select().from(drawCommitments).where(eq(drawCommitments.id, id)).get()
  if (!row || row.purpose !== purpose) throw new ServiceError('NOT_FOUND', '找不到这个承诺值，请重新生成承诺值', 'commitmentId')
  if (row.usedByDrawId !== null) throw new ServiceError('CONFLICT', '这个承诺值已用于一次摇号，不能再用：请重新生成承诺值', 'commitmentId')
  return row
}

/** 摇号 (issue 4): preview, commitment, the draw of targets and inspectors, re-draws, replacements, exports. */
export const drawHandlers: Pick<
  HandlerMap,
  | 'draw:preview'
  | 'draw:commit'
  | 'draw:run'
  | 'draw:taskDraws'
  | 'draw:commitReplacement'
  | 'draw:replaceInspector'
  | 'draw:exportProof'
  | 'draw:exportRecord'
  | 'draw:exportResults'
> = {
  'draw:preview': { tx: (ctx, settings) => planFor(ctx, settings).plan.preview },

  'draw:commit': {
    tx: (ctx, settings) => {
      const { plan } = planFor(ctx, settings)
      if (plan.preview.shortfalls.length > 0) throw new ServiceError('CONFLICT', `人员不足，不能摇号：${plan.preview.shortfalls.join('；')}`)
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
        throw new ServiceError('VALIDATION', '本任务已经摇过号：重新摇号须写明理由，原摇号记录会保留并标为“已被重新摇号取代”', 'redrawReason')
      }
      const started = ctx.sqlite.prepare('SELECT (SELECT count(*) FROM notices WHERE task_id = ?) + (SELECT count(*) FROM results WHERE task_id = ?) AS n').get(task.id, task.id) as { n: number }
      if (previous !== null && started.n > 0) {
        throw new ServiceError('CONFLICT', '本任务已开具检查通知书或录入检查结果，不能再重新摇号；如需更换检查人员，请使用“更换人员”')
      }
      const setup = matchingSetup(ctx.sqlite, task, task.checklistItems)
      let result
      try {
        result = drawTargetsAndInspectors(ctx.sqlite, {
          task: { code: task.code, name: task.name },
          pools,
          poolHash: plan.preview.poolHash,
          poolSize: plan.preview.poolSize,
          secret: commitment.secret,
          commitment: commitment.commitment,
          entropy: input.entropy,
          witnesses: input.witnesses,
          drawnAt: ctx.now,
          setup,
          inspectors: loadInspectorPool(ctx.sqlite)
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
          supersedesDrawId: previous,
          redrawReason: previous === null ? null : input.redrawReason
        })
        .returning({ id: draws.id })
        .get()
      ctx.db.update(drawCommitments).set({ usedByDrawId: row.id }).where(eq(drawCommitments.id, commitment.id)).run()
      storeDrawResult(ctx, task.id, row.id, result)
      ctx.auditDetail({ drawId: row.id, task: task.code, selected: result.targets.length, supersedes: previous })
      return readTaskDraws(ctx.sqlite, task.id)
    }
  },

  'draw:taskDraws': { tx: (ctx, { taskId }) => readTaskDraws(ctx.sqlite, readTask(ctx.sqlite, taskId).id) },

  'draw:commitReplacement': {
    tx: (ctx, { taskId }) => {
      readTask(ctx.sqlite, taskId)
      if (currentDrawId(ctx.sqlite, taskId) === null) throw new ServiceError('CONFLICT', '本任务还没有摇号，没有可更换的检查人员')
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

  ...drawExportHandlers
}
