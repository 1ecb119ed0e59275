import { AlignmentType, Paragraph, TextRun } from 'docx'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, headingParagraph, signatureBlock, titleParagraph } from './gongwen/gongwenParagraphs'
import { FONT_SIZE, SINGLE_LINE_SPACING } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'
import { signatureName } from './meetingNoticeDocument'

export interface PublicKeyNoticeData {
  countyName: string
  officeName: string
  /** YYYY-MM-DD */
  issuedOn: string
  publicKeyPem: string
  /** 16 groups of 4 hex digits. */
  fingerprint: string
  /** issue 9 §5: the two opening paragraphs from settings → 文书措辞; {办公室} is the office's name. */
  wording: { intro: string; howTo: string }
}

/** A fixed-width face, so the key prints as it must be typed: 0 and O, 1 and l told apart. */
const MONO = { ascii: 'Courier New', hAnsi: 'Courier New', cs: 'Courier New', eastAsia: 'Courier New' } as const

function monoLine(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...SINGLE_LINE_SPACING, before: 40, after: 40 },
    children: [new TextRun({ text, font: MONO, size: FONT_SIZE.small4 })]
  })
}

/**
 * 文书核验公钥公告 (issue 9 §3): the office publishes its public key and fingerprint, e.g. on the
 * county's website, so a firm that receives a 行政检查通知书 can check its QR code (003 §三(二):
 * 行政行为码). The private key never leaves the office's data folder.
 */
export async function buildPublicKeyNoticeDocument(data: PublicKeyNoticeData): Promise<Buffer> {
  const groups = data.fingerprint.split(' ')
  const title = ['关于公布联合抽查检查文书', '核验公钥的公告']
  const section = gongwenSection({
    children: [
      titleParagraph(title),
      blankLine(),
      ...[data.wording.intro, data.wording.howTo]
        .flatMap((text) => text.replaceAll('{办公室}', data.officeName).split('\n'))
        .map((line) => bodyParagraph(line)),
      headingParagraph(1, '一、公钥指纹（SHA-256）'),
      monoLine(groups.slice(0, 8).join(' ')),
      monoLine(groups.slice(8).join(' ')),
      headingParagraph(1, '二、公钥（PEM格式）'),
      ...data.publicKeyPem.trim().split('\n').map(monoLine),
      bodyParagraph('特此公告。'),
      blankLine(),
      ...signatureBlock(signatureName(data.countyName, data.officeName), formatChineseDate(data.issuedOn))
    ]
  })
  return packDocument([section], { title: title.join(''), creator: data.officeName })
}
