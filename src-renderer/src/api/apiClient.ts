import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import type { Result } from '@shared/result'
import { accessToken } from './accessToken'
import { ApiError } from './ApiError'

/** Channels whose input may be left out (their schema has a default). */
type CallArgs<C extends Channel> = undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>]

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: '连接不上本机服务：请确认程序仍在运行，然后刷新页面。' }
}

/** Browser mode: the same contract over `POST /api/<channel>` on 127.0.0.1 (src-main/transport/http.ts). */
async function overHttp(channel: Channel, input: unknown): Promise<Result<unknown>> {
  const token = accessToken()
  if (!token) {
    return { ok: false, error: { code: 'FORBIDDEN', message: '缺少访问令牌：请用程序启动时给出的完整地址重新打开。' } }
  }
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Spotcheck-Token': token },
      body: JSON.stringify(input ?? {})
    })
  } catch {
    return unreachable
  }
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return unreachable
  }
}

/**
 * The renderer's one way to the backend (CONVENTIONS.md "The contract and errors"): resolves to the
 * channel's value or throws an ApiError carrying the service's Chinese message and field.
 */
async function call<C extends Channel>(channel: C, ...[input]: CallArgs<C>): Promise<ChannelOutput<C>> {
  const preload = window.api
  let result: Result<unknown>
  if (preload) {
    const invoke = preload[channel] as (input: unknown) => Promise<Result<unknown>>
    try {
      result = await invoke(input ?? {})
    } catch {
      result = unreachable
    }
  } else {
    result = await overHttp(channel, input)
  }
  if (!result.ok) throw new ApiError(result.error)
  return result.value as ChannelOutput<C>
}

export const api = { call }
