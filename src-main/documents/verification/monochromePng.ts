import { deflateSync } from 'node:zlib'

/** A square grid of dark (true) and light modules, e.g. a QR code's matrix. */
export interface ModuleGrid {
  size: number
  isDark(row: number, column: number): boolean
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 of ISO 3309 as PNG uses it (PNG spec §5.5). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * The grid as a 1-bit greyscale PNG (IHDR, IDAT, IEND): `scale` pixels a module and a light margin of
 * `margin` modules all round. A black-and-white code needs no colour and no alpha, so the file is an
 * eighth of an RGBA one and is written in one pass over the modules.
 */
export function monochromePng(grid: ModuleGrid, scale: number, margin: number): Buffer {
  const width = (grid.size + 2 * margin) * scale
  const stride = 1 + Math.ceil(width / 8)
  const raw = Buffer.alloc(stride * width, 0xff)
  for (let y = 0; y < width; y++) raw[y * stride] = 0 // filter type None
  for (let row = 0; row < grid.size; row++) {
    const line = Buffer.alloc(stride, 0xff)
    line[0] = 0
    for (let column = 0; column < grid.size; column++) {
      if (!grid.isDark(row, column)) continue
      const x0 = (column + margin) * scale
      for (let x = x0; x < x0 + scale; x++) line[1 + (x >> 3)] &= ~(0x80 >> (x & 7))
    }
    for (let k = 0; k < scale; k++) line.copy(raw, ((row + margin) * scale + k) * stride)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(width, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale; compression, filter and interlace stay 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}
