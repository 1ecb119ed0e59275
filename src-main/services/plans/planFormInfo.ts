/**
 * The hidden sheet of a 年度计划填报表 saying which unit and year it belongs to (issue 7 §6: “the
 * form says which unit and year it belongs to”); the import reads it back.
 */
export const planFormInfoSheet = '表单信息'

export const planFormInfoLabels = {
  year: '计划年度',
  department: '填报单位',
  departmentId: '单位编号'
} as const
