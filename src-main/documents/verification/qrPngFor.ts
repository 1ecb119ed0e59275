import QRCode from 'qrcode'

/**
 * The QR code of a verification line as a PNG (issue 9 §3). Error correction M survives a fold or
 * a smudge; the 4-module quiet zone is what phone scanners expect. Whole pixels per module (5): a
 * typical line is version 10 (57 modules), 325 px across with its margin, which prints sharp at
 * about 2.5 cm (330 dpi); a fixed pixel width would give modules of uneven size and cost more to draw.
 */
export async function qrPngFor(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 5 })
}
