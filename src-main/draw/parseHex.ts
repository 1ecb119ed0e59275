import { DrawInputError } from './drawInputError'

/** Hex text (either case, even length) to bytes; `what` names the field in the error. */
export function parseHex(hex: string, what: string, byteLength?: number): Buffer {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) throw new DrawInputError(`${what}应为十六进制字符串（偶数位，0-9、a-f）`)
  if (byteLength !== undefined && hex.length !== byteLength * 2) {
    throw new DrawInputError(`${what}应为 ${byteLength * 2} 位十六进制（${byteLength} 字节），实为 ${hex.length} 位`)
  }
  return Buffer.from(hex, 'hex')
}
