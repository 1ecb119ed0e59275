import { documentTemplateSpecs, templateSpec, type DocumentTemplateDto } from '@shared/domain/documentTemplates'
import type { Db } from '../db/openStore'
import { readPlanSettings, writePlanSettings } from './plans/planSettings'
import type { HandlerMap } from './serviceHost'
import { readSetting, writeSetting } from './settingsService'

const settingKey = (kind: string) => `documentTemplate.${kind}`

/**
 * The wording of one document kind (issue 9 §5): what the office saved, the default for the rest.
 * The plan's preamble stays where the plan settings keep it (issue 7), so both screens edit one text.
 */
export function readTemplate(db: Db, kind: string): Record<string, string> {
  const spec = templateSpec(kind)
  if (!spec) return {}
  if (kind === 'plan') return { preamble: readPlanSettings(db).preamble }
  const stored = readSetting<Record<string, unknown>>(db, settingKey(kind)) ?? {}
  return Object.fromEntries(
    spec.fields.map((field) => {
      const value = stored[field.key]
      return [field.key, typeof value === 'string' && value !== '' ? value : field.default]
    })
  )
}

function writeTemplate(db: Db, kind: string, values: Record<string, string>, now: string): void {
  if (kind === 'plan') {
    writePlanSettings(db, { ...readPlanSettings(db), preamble: values.preamble }, now)
    return
  }
  writeSetting(db, settingKey(kind), values, now)
}

function templateDto(db: Db, kind: string): DocumentTemplateDto {
  const spec = templateSpec(kind)!
  const values = readTemplate(db, kind)
  const fields = spec.fields.map((field) => ({ ...field, value: values[field.key] }))
  return { kind, title: spec.title, fields, isDefault: fields.every((f) => f.value === f.default) }
}

export const templatesHandlers: Pick<HandlerMap, 'templates:list' | 'templates:update' | 'templates:reset'> = {
  'templates:list': { tx: (ctx) => documentTemplateSpecs.map((spec) => templateDto(ctx.db, spec.kind)) },
  'templates:update': {
    tx: (ctx, { kind, values }) => {
      const spec = templateSpec(kind)!
      // Only the kind's own fields are kept; anything else in the input is ignored.
      writeTemplate(ctx.db, kind, Object.fromEntries(spec.fields.map((f) => [f.key, values[f.key]])), ctx.now)
      return templateDto(ctx.db, kind)
    }
  },
  'templates:reset': {
    tx: (ctx, { kind }) => {
      const spec = templateSpec(kind)!
      writeTemplate(ctx.db, kind, Object.fromEntries(spec.fields.map((f) => [f.key, f.default])), ctx.now)
      return templateDto(ctx.db, kind)
    }
  }
}
