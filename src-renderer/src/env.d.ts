/// <reference types="vite/client" />
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import type { Result } from '@shared/result'

/** What the preload exposes (src-main/preload/index.ts): one function per contract channel. */
export type PreloadApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> }

declare global {
  interface Window {
    /** Present in Electron; absent in the browser mode, where the api client uses HTTP. */
    api?: PreloadApi
  }
}

