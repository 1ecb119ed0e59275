import type ExcelJS from 'exceljs'
import type { EntitySpec } from './columnSpec'

/**
 * Dropdowns (data validation lists) for the spec's columns with fixed values, on rows
 * firstRow..lastRow of the data sheet; the lists live on the given (hidden) 选项 sheet, which has no
 * length limit.
 */
export function addChoiceLists<R>(sheet: ExcelJS.Worksheet, options: ExcelJS.Worksheet, spec: EntitySpec<R>, firstRow: number, lastRow: number): void {
  let listColumn = 0
  spec.columns.forEach((column, index) => {
    if (!column.choices?.length) return
    listColumn++
    const letter = columnLetter(listColumn)
    options.getCell(`${letter}1`).value = column.header
    column.choices.forEach((choice, i) => {
      options.getCell(`${letter}${i + 2}`).value = choice
    })
    const target = columnLetter(index + 1)
    validations(sheet).add(`${target}${firstRow}:${target}${lastRow}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`'${options.name}'!$${letter}$2:$${letter}$${column.choices.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: `请从下拉列表中选择${column.header}`
    })
  })
}

export function columnLetter(n: number): string {
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** exceljs keeps range validations on the sheet but leaves them out of its typings. */
function validations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations
}
