import { HorizontalPositionRelativeFrom, ImageRun, TextWrappingType, VerticalPositionRelativeFrom } from 'docx'
import { A4 } from './gongwenStyle'

/** A verification QR code as PNG bytes (issue 9 signs the line it encodes). */
export interface CornerQr {
  png: Buffer
}

const EMU_PER_MM = 36000
/** 2.5 cm square, 96 px to the inch as docx measures images. */
const QR_PX = Math.round((25 / 25.4) * 96)
const EDGE_MM = 8

/**
 * The QR code floating in the top right corner of the page, 8 mm in from the edges: inside the 37 mm
 * top margin (GB/T 9704-2012 §5.2.1), so it overlaps no text and moves nothing of the layout.
 */
export function cornerQrImage(qr: CornerQr): ImageRun {
  const pageWidthMm = (A4.width * 25.4) / 1440
  return new ImageRun({
    type: 'png',
    data: qr.png,
    transformation: { width: QR_PX, height: QR_PX },
    altText: { name: '核验二维码', description: '扫码核验文书真伪', title: '核验二维码' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: Math.round((pageWidthMm - EDGE_MM - 25) * EMU_PER_MM) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: EDGE_MM * EMU_PER_MM },
      allowOverlap: true,
      wrap: { type: TextWrappingType.NONE }
    }
  })
}
