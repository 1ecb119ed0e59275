import { contextBridge, ipcRenderer } from 'electron'
import { channels } from '@shared/contract'

/**
 * One `window.api` object, one function per contract channel; ipcRenderer itself never leaves
 * this file (CONVENTIONS.md "Layout").
 */
const api = Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]))

contextBridge.exposeInMainWorld('api', api)
