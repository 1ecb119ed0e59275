import { contract, isChannel, type Channel, type ChannelOutput, type ParsedInput } from '@shared/contract'
import type { Result } from '@shared/result'
import { localDate } from '@shared/domain/localDate'
import { z } from 'zod'
import { appendAudit } from './auditChain'
import type { ServiceContext, ServiceDeps } from './serviceContext'
import { ServiceError } from './serviceError'
import { readOperator } from './settingsService'

/**
 * A handler is a plain function. `tx` handlers run synchronously inside the host's transaction;
 * `async` handlers (document builders) do their slow work outside and call `ctx.transaction`
 * for their writes, which carries the audit row.
 */
export type Handler<C extends Channel> =
  | { tx: (ctx: ServiceContext, input: ParsedInput<C>) => ChannelOutput<C> }
  | { async: (ctx: ServiceContext, input: ParsedInput<C>) => Promise<ChannelOutput<C>> }

export type HandlerMap = { [C in Channel]: Handler<C> }

export interface ServiceHost {
  invoke(channel: string, rawInput: unknown): Promise<Result<unknown>>
  deps: ServiceDeps
}

/** The one registration wrapper (CONVENTIONS.md "The contract and errors"). */
export function createServiceHost(deps: ServiceDeps, handlers: HandlerMap): ServiceHost {
  const { sqlite } = deps.store

  async function invoke(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `程序内部错误：没有“${channel}”这项功能` } }
    }
    const spec = contract[channel]
    const parsed = spec.input.safeParse(rawInput ?? {})
    if (!parsed.success) return { ok: false, error: zodToAppError(parsed.error) }
    try {
      const value = await run(channel, parsed.data)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.toAppError() }
      if (error instanceof z.ZodError) return { ok: false, error: zodToAppError(error) }
      console.error(`[${channel}]`, error)
      const reason = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'INTERNAL', message: `操作没有完成，数据未作改动。请重试；仍不行请告诉技术支持。（${reason}）` } }
    }
  }

  async function run(channel: Channel, input: unknown): Promise<unknown> {
    const spec = contract[channel]
    const handler = handlers[channel] as Handler<Channel>
    const extraDetail: Record<string, unknown> = {}
    const at = deps.clock()
    const ctx: ServiceContext = {
      ...deps,
      db: deps.store.db,
      sqlite,
      now: at.toISOString(),
      today: localDate(at),
      operator: readOperator(deps.store.db),
      auditDetail: (detail) => Object.assign(extraDetail, detail),
      transaction: (fn) =>
        sqlite.transaction(() => {
          const result = fn()
          writeAudit(result)
          return result
        })()
    }
    const writeAudit = (result: unknown) => {
      if (!spec.mutates) return
      const entityId = result && typeof result === 'object' && 'id' in result ? String((result as { id: unknown }).id) : ''
      appendAudit(sqlite, {
        at: ctx.now,
        operator: ctx.operator,
        action: channel,
        entity: channel.split(':')[0],
        entityId,
        detail: { input, ...extraDetail }
      })
    }
    if ('tx' in handler) return ctx.transaction(() => handler.tx(ctx, input as never))
    return handler.async(ctx, input as never)
  }

  return { invoke, deps }
}

export function zodToAppError(error: z.ZodError): { code: 'VALIDATION'; message: string; field?: string } {
  const issue = error.issues[0]
  const field = issue?.path.map(String).join('.')
  const message = issue?.message && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : `输入有误${field ? `（${field}）` : ''}，请检查后重试`
  return field ? { code: 'VALIDATION', message, field } : { code: 'VALIDATION', message }
}
