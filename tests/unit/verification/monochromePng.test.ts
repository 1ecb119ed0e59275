import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { monochromePng } from '../../../src-main/documents/verification/monochromePng'
import { qrPngFor } from '../../../src-main/documents/verification/qrPngFor'

const line =
  'SCV1|部门联合双随机抽检字【2026】第 12 号|LHCC-2026-001|91370322MA3C00012X|2026-03-10|37030020190000,37030120190001,37030220190002|5xSlufIGUoy8k7pQPoEQYjMDYOQoQv7M1wrMCRm5bh6hzsC-SSFmKg0Syop6sDKsem7BHeF7OtNUBV65sn1cBA'

/** Dark (1) or light (0) per pixel of a PNG, as pngjs reads it. */
function pixels(png: Buffer): { width: number; height: number; dark: number[]; rgba: Uint8ClampedArray } {
  const image = PNG.sync.read(png)
  const dark = [...Array(image.width * image.height)].map((_, i) => (image.data[i * 4] < 128 ? 1 : 0))
  return { width: image.width, height: image.height, dark, rgba: new Uint8ClampedArray(image.data) }
}

describe('the verification QR code as a 1-bit PNG (issue 9 §3)', () => {
  it('decodes with jsQR to the exact line, 5 px a module with a 4-module quiet zone', async () => {
    const png = await qrPngFor(line)
    const image = pixels(png)
    const modules = QRCode.create(line, { errorCorrectionLevel: 'M' }).modules.size
    expect(image.width).toBe((modules + 8) * 5)
    expect(image.height).toBe(image.width)
    expect(jsQR(image.rgba, image.width, image.height)?.data).toBe(line)
    // The quiet zone is light all round: the first 20 rows and columns hold no dark pixel.
    expect(image.dark.slice(0, 20 * image.width).every((d) => d === 0)).toBe(true)
    expect(image.dark.filter((_, i) => i % image.width < 20).every((d) => d === 0)).toBe(true)
  })

  it('draws pixel for pixel what the qrcode package drew, in fewer bytes', async () => {
    const ours = await qrPngFor(line)
    const theirs = await QRCode.toBuffer(line, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 5 })
    expect(pixels(ours).dark).toEqual(pixels(theirs).dark)
    expect(ours.length).toBeLessThan(theirs.length)
  })

  it('writes widths that are not a multiple of 8 (row padding) and a valid PNG for any grid', () => {
    const png = monochromePng({ size: 3, isDark: (r, c) => (r + c) % 2 === 0 }, 3, 1)
    const image = pixels(png)
    expect(image.width).toBe(15)
    const at = (x: number, y: number) => image.dark[y * image.width + x]
    expect([at(3, 3), at(6, 3), at(3, 6), at(0, 0), at(14, 14)]).toEqual([1, 0, 0, 0, 0])
  })
})
