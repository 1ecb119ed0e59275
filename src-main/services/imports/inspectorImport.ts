import { departmentNames } from './departmentNames'
import { defineImport } from './importDefinition'
import { inspectorImportSink, targetIdByCode } from './inspectorImportSink'
import { inspectorImportSpec } from './inspectorImportSpec'

/** 执法检查人员名录库 import (issue 3 §3–4). */
export const inspectorImport = defineImport({
  spec: (ctx) => {
    const targetId = targetIdByCode(ctx.sqlite)
    return inspectorImportSpec(departmentNames(ctx.sqlite), (code) => targetId(code) !== undefined)
  },
  sink: (ctx) => inspectorImportSink(ctx.sqlite, departmentNames(ctx.sqlite), ctx.now)
})
