import { Readable, pipeline } from 'node:stream'
import { createInflateRaw } from 'node:zlib'

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  /** Offset of the entry's data in the file. */
  start: number
  compressedSize: number
}

/**
 * The entries of a zip held in memory, from its central directory (an .xlsx is a zip; the
 * import has the whole file anyway, as it travels over the contract in one piece).
 */
export function zipEntries(bytes: Buffer): Map<string, ZipEntry> {
  const end = findEndOfCentralDirectory(bytes)
  const count = bytes.readUInt16LE(end + 10)
  let at = bytes.readUInt32LE(end + 16)
  const entries = new Map<string, ZipEntry>()
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('Excel 文件已损坏（压缩目录不完整）：请用 Excel 或 WPS 打开后另存为 .xlsx 再试')
    const method = bytes.readUInt16LE(at + 10)
    const compressedSize = bytes.readUInt32LE(at + 20)
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const local = bytes.readUInt32LE(at + 42)
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    // The local header repeats name and extra field, with lengths of its own.
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    entries.set(name, { name, method, start, compressedSize })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at
  }
  throw new Error('文件不是完整的 Excel 表格（.xlsx）：可能没有下载完整，请重新获取文件')
}

/**
 * An entry's text as a stream of strings. The UTF-8 decoder keeps a character split between two
 * chunks whole (exceljs 4.4.0's own stream reader decodes each chunk alone and garbles Chinese
 * text at chunk boundaries). `onBytes` reports the compressed bytes consumed.
 */
export function zipEntryText(bytes: Buffer, entry: ZipEntry, onBytes?: (consumed: number) => void): Readable {
  const data = bytes.subarray(entry.start, entry.start + entry.compressedSize)
  const chunkSize = 64 * 1024
  let offset = 0
  const source = new Readable({
    read() {
      if (offset >= data.length) {
        this.push(null)
        return
      }
      const next = Math.min(offset + chunkSize, data.length)
      this.push(data.subarray(offset, next))
      onBytes?.(next - offset)
      offset = next
    }
  })
  if (entry.method === 0) return source.setEncoding('utf8')
  if (entry.method !== 8) throw new Error(`Excel 文件使用了不支持的压缩方式（${entry.method}）：请用 Excel 或 WPS 另存为 .xlsx 再试`)
  const inflate = createInflateRaw()
  pipeline(source, inflate, () => undefined)
  return inflate.setEncoding('utf8')
}
