import QRCode from 'qrcode'
import { monochromePng } from './monochromePng'

/**
 * The QR code of a verification line as a PNG (issue 9 §3). Error correction M survives a fold or
 * a smudge; the 4-module quiet zone is what phone scanners expect. Whole pixels per module (5): a
 * typical line is version 10 (57 modules), 325 px across with its margin, which prints sharp at
 * about 2.5 cm (330 dpi); a fixed pixel width would give modules of uneven size and cost more to draw.
 * The `qrcode` package builds the matrix; the PNG is written 1-bit by monochromePng, which is what
 * makes a 500-notice batch fast (the package's own PNG path was almost all of the time).
 */
export async function qrPngFor(text: string): Promise<Buffer> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  return monochromePng({ size: modules.size, isDark: (row, column) => modules.get(row, column) !== 0 }, 5, 4)
}
