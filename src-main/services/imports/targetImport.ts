import { defineImport } from './importDefinition'
import { departmentNames } from './departmentNames'
import { targetImportSink } from './targetImportSink'
import { targetImportSpec } from './targetImportSpec'

/** 检查对象名录库 import (issue 3 §4). */
export const targetImport = defineImport({
  spec: (ctx) => targetImportSpec(departmentNames(ctx.sqlite)),
  sink: (ctx) => targetImportSink(ctx.sqlite, departmentNames(ctx.sqlite), ctx.now, ctx.today)
})
