import QRCode from 'qrcode'

/**
 * The QR code of a verification line as a PNG (issue 9 §3). Error correction M survives a fold or
 * a smudge; 300 px across prints sharp at about 2.5 cm (300 dpi), and the 4-module quiet zone is
 * what phone scanners expect.
 */
export async function qrPngFor(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 300 })
}
