import type { CellValue } from './columnSpec'
import type { SheetRow } from './readSheets'

/**
 * A small reader for the parts of an .xlsx an import needs (SpreadsheetML, ECMA-376 Part 1 §18):
 * workbook sheet list, relationships, shared strings, the date formats of cell styles, and the
 * rows of a worksheet, streamed. It builds no object per cell beyond its value, which is what
 * makes a 100,000-row import affordable (exceljs's stream reader builds a Row and Cell model with
 * styles for each).
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] !== '#') return entities[entity]
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return String.fromCodePoint(code)
  })
}

const attributePatterns = new Map<string, RegExp>()

function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name)
  if (!pattern) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`)
    attributePatterns.set(name, pattern)
  }
  const match = pattern.exec(tag)
  return match ? decodeXml(match[1]) : undefined
}

/** Sheets in workbook order: name and relationship id. */
export function workbookSheets(xml: string): { name: string; rId: string }[] {
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].flatMap(([tag]) => {
    const name = attribute(tag, 'name')
    const rId = attribute(tag, 'r:id') ?? attribute(tag, '\\w+:id')
    return name && rId ? [{ name, rId }] : []
  })
}

/** Relationship id → target path. */
export function relationships(xml: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id')
    const target = attribute(tag, 'Target')
    if (id && target) map.set(id, target)
  }
  return map
}

/** The text of each shared string (rich text runs joined; phonetic runs left out). */
export function sharedStrings(xml: string): string[] {
  const strings: string[] = []
  for (const [, body] of xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*\/>/g)) {
    strings.push(runText(body ?? ''))
  }
  return strings
}

function runText(body: string): string {
  const visible = body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '')
  let text = ''
  for (const [, part] of visible.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += part
  return decodeXml(text)
}

// Built-in number formats that are dates or times (ECMA-376 §18.8.30; 27–36 and 50–58 are the
// East Asian date formats Chinese Excel uses, e.g. 2026年3月1日).
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/** Indexes of the cell styles (cellXfs) whose number format shows a date. */
export function dateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>()
  for (const [tag] of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(tag, 'numFmtId'))
    custom.set(id, attribute(tag, 'formatCode') ?? '')
  }
  const isDate = (id: number) => {
    const code = custom.get(id)
    if (code === undefined) return builtInDateFormats.has(id)
    // Quoted text and [colour]/[locale] sections say nothing about dates.
    return /[ymdhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) && !/^general$/i.test(code)
  }
  const styles = new Set<number>()
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? ''
  let index = 0
  for (const [tag] of cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    if (isDate(Number(attribute(tag, 'numFmtId') ?? 0))) styles.add(index)
    index++
  }
  return styles
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (Lotus's phantom 1900-02-29 included). */
function excelDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000))
}

function columnIndex(ref: string): number {
  let n = 0
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c < 65 || c > 90) break
    n = n * 26 + (c - 64)
  }
  return n - 1
}

const cellPattern = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g

function parseRow(xml: string, strings: readonly string[], dates: ReadonlySet<number>, fallbackRow: number): SheetRow {
  const open = /^<(?:\w+:)?row\b([^>]*)>/.exec(xml)
  const r = open ? attribute(open[1], 'r') : undefined
  const row = r ? Number(r) : fallbackRow
  const cells: CellValue[] = []
  let next = 0
  cellPattern.lastIndex = 0
  for (let match = cellPattern.exec(xml); match; match = cellPattern.exec(xml)) {
    const attributes = match[1]
    const body = match[2]
    const ref = attribute(attributes, 'r')
    const col = ref ? columnIndex(ref) : next
    next = col + 1
    if (body === undefined) continue
    const type = attribute(attributes, 't')
    let value: CellValue = null
    if (type === 'inlineStr') {
      value = runText(body)
    } else {
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1]
      if (v !== undefined) {
        if (type === 's') value = strings[Number(v)] ?? null
        else if (type === 'str') value = decodeXml(v)
        else if (type === 'b') value = v === '1'
        else if (type === 'e') value = null
        else if (type === 'd') value = new Date(v)
        else {
          const number = Number(v)
          const style = Number(attribute(attributes, 's') ?? 0)
          value = Number.isNaN(number) ? decodeXml(v) : dates.has(style) ? excelDate(number) : number
        }
      }
    }
    if (typeof value === 'string') {
      value = value.trim()
      if (value === '') value = null
    }
    while (cells.length < col) cells.push(null)
    cells[col] = value
  }
  return { row, cells }
}

/**
 * The rows of a worksheet's XML, as the text arrives: each complete <row> is parsed and yielded,
 * the rest waits for the next chunk.
 */
export async function* worksheetRows(chunks: AsyncIterable<string>, strings: readonly string[], dates: ReadonlySet<number>): AsyncGenerator<SheetRow> {
  let buffer = ''
  let last = 0
  const rowStart = /<(?:\w+:)?row\b/g
  const rowEnd = /<\/(?:\w+:)?row>/g
  for await (const chunk of chunks) {
    buffer += chunk
    let consumed = 0
    for (;;) {
      rowStart.lastIndex = consumed
      const start = rowStart.exec(buffer)
      if (!start) break
      // A row without cells may close itself: <row r="7"/>.
      const tagEnd = buffer.indexOf('>', start.index)
      if (tagEnd < 0) break
      if (buffer[tagEnd - 1] === '/') {
        consumed = tagEnd + 1
        continue
      }
      rowEnd.lastIndex = tagEnd
      const end = rowEnd.exec(buffer)
      if (!end) break
      const row = parseRow(buffer.slice(start.index, end.index), strings, dates, last + 1)
      last = row.row
      consumed = end.index + end[0].length
      if (row.cells.length > 0) yield row
    }
    buffer = buffer.slice(consumed)
  }
}
