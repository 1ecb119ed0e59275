import { deflateSync } from 'node:zlib'
import type { InspectionNoticeData } from '../../src-main/documents/inspectionNoticeDocument'
import type { RecordFormData } from '../../src-main/documents/recordFormDocument'

const ITEMS = [
  { name: '食品经营者经营条件检查', departmentName: '县市场监督管理局', content: '检查食品经营许可证、从业人员健康证明、进货查验记录' },
  { name: '危险化学品经营许可条件检查', departmentName: '县应急管理局', content: '检查危险化学品经营许可证及储存场所安全条件' },
  { name: '特种设备使用登记检查', departmentName: '县市场监督管理局', content: '检查特种设备使用登记证、定期检验报告' },
  { name: '消防安全检查', departmentName: '县消防救援大队', content: '检查消防设施、器材和消防安全标志' },
  { name: '生产经营单位安全生产检查', departmentName: '县应急管理局', content: '检查安全生产责任制、安全培训记录' },
  { name: '建设工程施工现场扬尘防治检查', departmentName: '县住房和城乡建设局', content: '检查施工现场围挡、物料覆盖、车辆冲洗' }
]

/** A notice for a visit of `items` checklist items (a merged visit has several tasks' items). */
export function sampleNotice(n = 1, items = 2): InspectionNoticeData {
  return {
    numberText: `部门联合双随机抽检字【2026】第 ${n} 号`,
    targetName: `示范县第${n}号商贸有限公司`,
    visitDate: null,
    periodStart: '2026-03-10',
    periodEnd: '2026-04-30',
    items: ITEMS.slice(0, items),
    inspectors: [
      { name: '张建国', certNo: '37032219000101', departmentName: '县市场监督管理局', leader: true },
      { name: '李明', certNo: '37032219000102', departmentName: '县应急管理局', leader: false },
      { name: '王芳', certNo: '37032219000103', departmentName: '县市场监督管理局', leader: false }
    ],
    issuerName: '县市场监督管理局',
    contactPhone: '0533-6961234',
    issuedOn: '2026-03-01'
  }
}

export function sampleRecordForm(n = 1, items = 2): RecordFormData {
  return {
    numberText: `部门联合双随机抽检字【2026】第 ${n} 号`,
    targetName: `示范县第${n}号商贸有限公司`,
    code: '91370322MA3C00001X',
    countyTown: '示范县城关街道',
    legalRep: '赵德胜',
    address: '示范县城关街道幸福路88号',
    phone: '13805330001',
    items: ITEMS.slice(0, items)
  }
}

function crc32(bytes: Buffer): number {
  let c = ~0
  for (const b of bytes) {
    c ^= b
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A tiny black-and-white checkerboard PNG, standing in for issue 9's verification QR code. */
export function tinyPng(size = 21): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const rows = Buffer.concat([...Array(size)].map((_, y) => Buffer.from([0, ...[...Array(size)].map((_, x) => ((x + y) % 2 === 0 ? 0 : 255))])))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}
