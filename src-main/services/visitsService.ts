import type { HandlerMap } from './serviceHost'
import { decidePrecheck, readPrecheck } from './visits/precheck'
import { mergeVisit, unmergeVisit } from './visits/mergeVisit'
import { readVisitsOverview } from './visits/readVisitsOverview'

/** issue 8 §4–§5: merged visits (合并检查) and the 预查比对 before notices. */
export const visitsHandlers: Pick<HandlerMap, 'visits:overview' | 'visits:merge' | 'visits:unmerge' | 'visits:precheck' | 'visits:decide'> = {
  'visits:overview': { tx: (ctx, { taskId }) => readVisitsOverview(ctx.sqlite, taskId) },
  'visits:merge': {
    tx: (ctx, { taskId, targetId, otherTaskId }) => {
      const merged = mergeVisit(ctx.sqlite, taskId, targetId, otherTaskId, ctx.now)
      ctx.auditDetail({ target: merged.targetName, with: merged.otherTaskCode })
      return readVisitsOverview(ctx.sqlite, taskId)
    }
  },
  'visits:unmerge': {
    tx: (ctx, { taskId, targetId }) => {
      const message = unmergeVisit(ctx.sqlite, taskId, targetId, ctx.now)
      ctx.auditDetail({ targetId, message })
      return { overview: readVisitsOverview(ctx.sqlite, taskId), message }
    }
  },
  'visits:precheck': { tx: (ctx, { taskId }) => readPrecheck(ctx.sqlite, taskId) },
  'visits:decide': {
    tx: (ctx, input) => {
      const targetName = decidePrecheck(ctx.sqlite, input, ctx.now)
      ctx.auditDetail({ target: targetName })
      return readPrecheck(ctx.sqlite, input.taskId)
    }
  }
}
