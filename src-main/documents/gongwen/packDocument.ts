import { Document, Packer, type IParagraphStyleOptions, type ISectionOptions } from 'docx'
import { BODY_LINE_SPACING, FONT, FONT_SIZE } from './gongwenStyle'

export interface DocumentMetadata {
  /** Shown as the file's title in Word's properties. */
  title?: string
  /** The author in Word's properties, e.g. the office's name. */
  creator?: string
  /**
   * Paragraph styles a long batch document refers to by id, so a thousand notices carry their font,
   * size and spacing once instead of on every run (smaller XML, built several times faster).
   */
  paragraphStyles?: readonly IParagraphStyleOptions[]
}

/**
 * Packs sections into .docx bytes. The document defaults are the body text (GB/T 9704-2012 §5.2.2,
 * §5.2.3: 3号 仿宋, 28.95 pt lines), so text a clerk adds in Word looks like the rest; even/odd footers
 * are on so page numbers alternate sides (§7.5).
 */
export async function packDocument(sections: readonly ISectionOptions[], metadata: DocumentMetadata = {}): Promise<Buffer> {
  const document = new Document({
    title: metadata.title,
    creator: metadata.creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: FONT.fangSong, size: FONT_SIZE.size3, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: BODY_LINE_SPACING }
        }
      },
      paragraphStyles: metadata.paragraphStyles
    },
    sections: [...sections]
  })
  return Packer.toBuffer(document)
}
