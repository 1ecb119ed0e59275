import { PageOrientation, type ISectionPropertiesOptions } from 'docx'
import { A4, LANDSCAPE_MARGINS, PORTRAIT_MARGINS, mmToTwips } from './gongwenStyle'

/**
 * Distance from the bottom edge of the paper to the page-number line. GB/T 9704-2012 §7.5 puts the
 * 一字线 7 mm below the type area (35 mm − 7 mm = 28 mm above the paper edge); a 4号 line standing on
 * 25 mm has its dashes there.
 */
const FOOTER_DISTANCE = mmToTwips(25)
const HEADER_DISTANCE = mmToTwips(15)

export interface PageSetupOptions {
  /** Restart page numbering at this number from the section's first page. */
  pageNumberStart?: number
}

/** A4 portrait with the GB/T 9704-2012 §5.2.1 margins. */
export function portraitPage(options: PageSetupOptions = {}): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
      margin: { ...PORTRAIT_MARGINS, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE },
      pageNumbers: options.pageNumberStart === undefined ? undefined : { start: options.pageNumberStart }
    }
  }
}

/**
 * A4 landscape for wide tables (GB/T 9704-2012 §8), margins turned with the page. The footer sits at
 * the landscape page's foot; §8 wants the number where the portrait pages have it, which a later
 * change can do with a rotated text frame.
 */
export function landscapePage(options: PageSetupOptions = {}): ISectionPropertiesOptions {
  return {
    page: {
      // docx swaps width and height itself for a landscape orientation: give the portrait size.
      size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
      margin: { ...LANDSCAPE_MARGINS, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE },
      pageNumbers: options.pageNumberStart === undefined ? undefined : { start: options.pageNumberStart }
    }
  }
}
