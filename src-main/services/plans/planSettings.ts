import { defaultPlanSettings, type PlanSettingsDto } from '@shared/domain/plans'
import type { Db } from '../../db/openStore'
import { readSetting, writeSetting } from '../settingsService'

const RATIO_CAP_KEY = 'planRatioCapPercent'
const PREAMBLE_KEY = 'planPreamble'
const DEADLINE_KEY = 'planSubmissionDeadline'

/** The plan's office settings: the general items' ratio cap and the 通知 page's preamble template. */
export function readPlanSettings(db: Db): PlanSettingsDto {
  const cap = readSetting<number>(db, RATIO_CAP_KEY)
  const preamble = readSetting<string>(db, PREAMBLE_KEY)
  const deadline = readSetting<string>(db, DEADLINE_KEY)
  return {
    submissionDeadline: typeof deadline === 'string' && deadline !== '' ? deadline : null,
    ratioCapPercent: typeof cap === 'number' ? cap : defaultPlanSettings.ratioCapPercent,
    preamble: typeof preamble === 'string' && preamble !== '' ? preamble : defaultPlanSettings.preamble
  }
}

export function writePlanSettings(db: Db, value: PlanSettingsDto, now: string): PlanSettingsDto {
  writeSetting(db, RATIO_CAP_KEY, value.ratioCapPercent, now)
  writeSetting(db, PREAMBLE_KEY, value.preamble, now)
  writeSetting(db, DEADLINE_KEY, value.submissionDeadline ?? '', now)
  return readPlanSettings(db)
}
