import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { importEntityLabels, type ExcelFileDto, type ImportEntity } from '@shared/domain/imports'
import { call, CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'
import { yearOption } from './plansCommand'

/** Filter options of `spotcheck export`, per list: CLI option → channel input field. */
const exportKinds: Partial<Record<ImportEntity, { channel: string; filters: Record<string, string>; flags?: Record<string, string> }>> = {
  targets: {
    channel: 'directory:exportTargets',
    filters: { text: 'text', kind: 'kind', town: 'town', industry: 'industry', risk: 'riskClass', status: 'status', tag: 'tag' },
    flags: { abnormal: 'abnormal' }
  },
  inspectors: {
    channel: 'inspectors:export',
    filters: { text: 'text', kind: 'kind', status: 'status', region: 'region' }
  },
  // issue 3 §1: the checklist, latest version of each item in force (--abolished adds 已废止 ones)
  checklist: {
    channel: 'checklist:export',
    filters: { text: 'text', category: 'category' },
    flags: { abolished: 'includeAbolished' }
  }
}

const usage = `用法：spotcheck export targets|inspectors|checklist 文件.xlsx [筛选条件] [--db FILE]
  检查对象筛选：--text 名称片段 --kind 企业 --town 城关街道 --industry 餐饮服务 --risk A|B|C|D --status 存续 --tag 标签 --department 部门编号 --abnormal
  执法检查人员筛选：--text 姓名片段 --kind 执法人员 --status 在岗 --region 城关街道 --department 部门编号
  抽查事项筛选：--text 事项名称或编码 --category 一般|重点 --department 部门编号 --abolished`

const planUsage = `用法：spotcheck export plan-form --year 年度 --department 单位名称 文件.xlsx [--db FILE]
      spotcheck export plan --year 年度 文件.xlsx [--db FILE]`

/** issue 7 §3, §5: a unit's 年度计划填报表, and the plan table for reporting upward. */
async function exportPlanFile(ctx: CliContext, kind: 'plan-form' | 'plan', out: string): Promise<number> {
  if (!/\.xlsx$/i.test(out)) throw new CliFailure('输出文件名应以 .xlsx 结尾', 2)
  const year = yearOption(ctx, planUsage)
  let file: ExcelFileDto
  if (kind === 'plan-form') {
    const department = option(ctx.args, 'department')
    if (!department) throw new CliFailure(`请用 --department 指定填报单位，如 --department 县市场监管局\n${planUsage}`, 2)
    file = await call<ExcelFileDto>(ctx, 'plans:exportForm', { year, departmentName: department })
  } else {
    file = await call<ExcelFileDto>(ctx, 'plans:exportTable', { year })
  }
  writeFileSync(resolve(out), Buffer.from(file.base64, 'base64'))
  ctx.out(`已导出${file.fileName.replace(/\.xlsx$/i, '')}：${resolve(out)}`)
  return 0
}

/** `spotcheck export KIND OUT.xlsx [filters]`: the filtered list in the import columns (re-imports unchanged). */
export async function exportCommand(ctx: CliContext): Promise<number> {
  const [, entity, out] = ctx.args.positional
  if (!entity || !out) throw new CliFailure(usage, 2)
  if (entity === 'plan-form' || entity === 'plan') return exportPlanFile(ctx, entity, out)
  if (!(entity in importEntityLabels)) throw new CliFailure(`没有“${entity}”这种名录。\n${usage}`, 2)
  if (!/\.xlsx$/i.test(out)) throw new CliFailure('输出文件名应以 .xlsx 结尾', 2)
  const kind = exportKinds[entity as ImportEntity]
  if (!kind) throw new CliFailure(`${importEntityLabels[entity as ImportEntity]}的 Excel 导出尚未提供`)
  const input: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(kind.filters)) {
    const value = option(ctx.args, name)
    if (value !== undefined) input[field] = value
  }
  for (const [name, field] of Object.entries(kind.flags ?? {})) if (ctx.args.switches.has(name)) input[field] = true
  const department = option(ctx.args, 'department')
  if (department !== undefined) {
    if (!/^[1-9]\d*$/.test(department)) throw new CliFailure('--department 请填写部门编号（正整数）', 2)
    input.departmentId = Number(department)
  }
  const file = await call<ExcelFileDto>(ctx, kind.channel, input)
  writeFileSync(resolve(out), Buffer.from(file.base64, 'base64'))
  ctx.out(`已导出${file.fileName.replace(/\.xlsx$/i, '')}：${resolve(out)}`)
  return 0
}
