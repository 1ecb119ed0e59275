import type { ISectionOptions, Paragraph, Table } from 'docx'
import { pageNumberFooters } from './pageNumberFooters'
import { landscapePage, portraitPage } from './pageSetup'

export interface GongwenSectionOptions {
  children: readonly (Paragraph | Table)[]
  /** Default: portrait. */
  orientation?: 'portrait' | 'landscape'
  /** Restart page numbering at this number. */
  pageNumberStart?: number
  /** Print page numbers (GB/T 9704-2012 §7.5). Default: true; a 版记 page after a blank page has none. */
  pageNumbers?: boolean
}

/** A section on the 公文 page, with the odd/even page-number footers. */
export function gongwenSection(options: GongwenSectionOptions): ISectionOptions {
  const setup = { pageNumberStart: options.pageNumberStart }
  return {
    properties: options.orientation === 'landscape' ? landscapePage(setup) : portraitPage(setup),
    footers: (options.pageNumbers ?? true) ? pageNumberFooters() : undefined,
    children: [...options.children]
  }
}
