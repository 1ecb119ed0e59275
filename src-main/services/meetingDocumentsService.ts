import { desc, eq } from 'drizzle-orm'
import { buildDecisionsReportDocument } from '../documents/decisionsReportDocument'
import { buildMeetingNoticeDocument } from '../documents/meetingNoticeDocument'
import { buildMinutesDocument } from '../documents/minutesDocument'
import { meetingMinutes } from '../db/schema'
import { issueDocument } from './documents/issueDocument'
import { readDecisionsBoard, readMeeting } from './meetingsService'
import type { HandlerMap } from './serviceHost'
// issue 9 §5
import { readTemplate } from './templatesService'
import { ServiceError } from './serviceError'
import { readSettings } from './settingsService'
import { listDepartments } from './departmentsService'
import type { Db } from '../db/openStore'

/** Characters Windows does not allow in a file name. */
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|]/g, '')

/** A decision laid on every active member unit names them as "各成员单位", not nineteen names. */
function ownerNamer(db: Db): (d: { ownerDepartmentIds: number[]; ownerNames: string[] }) => string[] {
  const active = listDepartments(db, false).map((u) => u.id)
  return (d) => (active.length > 1 && active.every((id) => d.ownerDepartmentIds.includes(id)) ? ['各成员单位'] : d.ownerNames)
}

/**
 * issue 5 §6: the meeting documents, each recorded in the 文书登记簿 with the SHA-256 of its bytes, as the
 * members document is. The documents read the data first and build outside the transaction.
 */
export const meetingDocumentsHandlers: Pick<HandlerMap, 'meetings:exportMinutes' | 'meetings:exportNotice' | 'meetings:exportDecisionsReport'> = {
  'meetings:exportMinutes': {
    async: async (ctx, { meetingId, fileName }) => {
      const meeting = readMeeting(ctx.db, meetingId, ctx.today)
      // The newest signed version: a correction still in draft does not replace the signed text.
      const signed = ctx.db
        .select()
        .from(meetingMinutes)
        .where(eq(meetingMinutes.meetingId, meetingId))
        .orderBy(desc(meetingMinutes.version))
        .all()
        .find((m) => m.status === '已签发' || m.status === '已印发')
      if (!signed) {
        throw new ServiceError(
          'CONFLICT',
          meeting.minutesNumber
            ? `“${meeting.title}”的纪要${meeting.minutesNumber}未在本系统起草，没有正文，无法生成；请用原件`
            : `“${meeting.title}”的纪要还没有签发，不能印制：请先起草纪要、征求与会单位意见并由召集人签发`
        )
      }
      const office = readSettings(ctx.db)
      const owners = ownerNamer(ctx.db)
      const bytes = await buildMinutesDocument({
        countyName: office.countyName,
        officeName: office.officeName,
        number: signed.number ?? '',
        signedDate: signed.signedDate!,
        issuedDate: signed.issuedDate,
        body: signed.body,
        decisions: meeting.decisions.map((d) => ({ ...d, ownerNames: owners(d) })),
        attendees: meeting.attendees,
        copyTo: signed.copyTo.length > 0 ? signed.copyTo : [`${office.countyName}人民政府`],
        correction: signed.correctionReason ? { version: signed.version, reason: signed.correctionReason } : null
      })
      const name = fileName ?? fileSafe(`${office.countyName}联席会议纪要${signed.number ?? ''}${signed.correctionReason ? `（第${signed.version}版更正）` : ''}.docx`)
      return issueDocument(ctx, {
        kind: 'minutes',
        params: { meetingId, minutesId: signed.id, version: signed.version },
        number: signed.number,
        fileName: name,
        bytes
      })
    }
  },
  'meetings:exportNotice': {
    async: async (ctx, { meetingId, fileName }) => {
      const meeting = readMeeting(ctx.db, meetingId, ctx.today)
      if (meeting.status === '已取消') throw new ServiceError('CONFLICT', `“${meeting.title}”已取消，不能再印发会议通知`)
      const office = readSettings(ctx.db)
      const bytes = await buildMeetingNoticeDocument({
        countyName: office.countyName,
        officeName: office.officeName,
        issuedOn: ctx.today,
        title: meeting.title,
        date: meeting.date,
        time: meeting.time,
        place: meeting.place,
        host: meeting.host,
        attendees: meeting.attendees,
        topics: meeting.topics.map((t) => t.title),
        // issue 9 §5
        requirementsText: readTemplate(ctx.db, 'meetingNotice').requirements
      })
      const name = fileName ?? fileSafe(`关于召开${meeting.title}的通知（${ctx.today}）.docx`)
      return issueDocument(ctx, { kind: 'meetingNotice', params: { meetingId, issuedOn: ctx.today }, fileName: name, bytes })
    }
  },
  'meetings:exportDecisionsReport': {
    async: async (ctx, input) => {
      const board = readDecisionsBoard(ctx.db, ctx.today, true)
      const office = readSettings(ctx.db)
      const owners = ownerNamer(ctx.db)
      const bytes = await buildDecisionsReportDocument({
        countyName: office.countyName,
        officeName: office.officeName,
        asOf: ctx.today,
        decisions: board.map((d) => ({ ...d, ownerNames: owners(d), latestProgress: d.progress.at(-1) ?? null })),
        // issue 9 §5
        wording: readTemplate(ctx.db, 'decisionsReport') as { requirementsOverdue: string; requirementsOnTrack: string }
      })
      const name = input.fileName ?? `${office.countyName}联席会议议定事项落实情况通报（${ctx.today}）.docx`
      return issueDocument(ctx, {
        kind: 'decisionsReport',
        params: { asOf: ctx.today, decisionIds: board.map((d) => d.id) },
        fileName: name,
        bytes
      })
    }
  }
}
