import { z } from 'zod'
import { rosterRoles, type RosterRole } from './enums'
import { isoDateField } from './isoDateField'

/**
 * 组成人员变动 (seeds/001 附件 §二: 成员因工作变动需要调整的，由所在单位提出，报联席会议确定).
 * A member or liaison officer holds the seat of a unit; 召集人 is one seat; 副召集人 seats are
 * named by `replacesSeatId` when one is replaced, otherwise a new 副召集人 is added.
 */
export const rosterAssignInput = z.object({
  role: z.enum(rosterRoles, { error: '请选择职务：召集人、副召集人、成员或联络员' }),
  departmentId: z.number().int().positive().nullable().default(null),
  /** The unit as printed when it is not a member unit (县人民政府, 县政府办公室). */
  unitName: z.string().trim().max(60, { error: '单位名称不能超过60个字' }).default(''),
  personName: z
    .string({ error: '请填写姓名' })
    .trim()
    .min(1, { error: '请填写姓名' })
    .max(20, { error: '姓名不能超过20个字' }),
  post: z.string().trim().max(40, { error: '职务不能超过40个字' }).default(''),
  fromDate: isoDateField('任职起始日期'),
  confirmingMeetingId: z.number().int().positive().nullable().default(null),
  replacesSeatId: z.number().int().positive().nullable().default(null)
})
export type RosterAssignInput = z.input<typeof rosterAssignInput>

export interface RosterSeatDto {
  id: number
  role: RosterRole
  departmentId: number | null
  /** The unit's name: the member unit's, or the one typed for an outside seat. */
  unitName: string
  personName: string
  post: string
  fromDate: string
  /** Null while the seat is held. */
  toDate: string | null
  confirmingMeetingId: number | null
  /** "2026年第1次全体会议 (2026-03-20)" style label of the confirming meeting, '' if none. */
  confirmingMeetingTitle: string
  confirmingMeetingDate: string | null
}

export interface RosterDto {
  /** Who holds each seat today: 召集人, 副召集人, then members and liaison officers in unit order. */
  current: RosterSeatDto[]
  /** Every seat ever held, newest first within each seat. */
  history: RosterSeatDto[]
}
