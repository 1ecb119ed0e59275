import { buildInspectionNoticesDocument, type InspectionNoticeData, type NoticeWording } from '../documents/inspectionNoticeDocument'
import { buildRecordFormsDocument, type RecordFormData } from '../documents/recordFormDocument'
import { documentJob } from './documents/documentJobs'
import { issueDocument } from './documents/issueDocument'
import { issuePerTargetZip } from './notices/issuePerTargetZip'
import { issueNotices, voidNotice } from './notices/issueNotices'
import { proceedingVisits, readNotices, readTaskNotices } from './notices/readTaskNotices'
import { readVisitPapers } from './notices/readVisitPapers'
import { signNoticeQrs } from './notices/signNoticeQrs'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readSettings } from './settingsService'
import { readTemplate } from './templatesService'
import { readTaskPeriod } from './visits/readVisitsOverview'

/** Characters Windows does not allow in a file name. */
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|]/g, '')

/**
 * issue 8 §6: the 字号 register of 行政检查通知书 (seeds/002 附件2) and the task's papers — its notices
 * and 实地核查记录表 (附件1) — each export recorded in the 文书登记簿.
 */
export const noticesHandlers: Pick<HandlerMap, 'notices:list' | 'notices:issue' | 'notices:void' | 'notices:export' | 'notices:exportRecordForms'> = {
  'notices:list': { tx: (ctx, { taskId }) => readTaskNotices(ctx.sqlite, taskId) },
  'notices:issue': {
    tx: (ctx, { taskId }) => {
      const count = issueNotices(ctx.sqlite, taskId, readSettings(ctx.db).noticePrefix, ctx.today, ctx.now)
      ctx.auditDetail({ issued: count })
      return readTaskNotices(ctx.sqlite, taskId)
    }
  },
  'notices:void': {
    tx: (ctx, { id, reason }) => {
      const voided = voidNotice(ctx.sqlite, id, reason)
      ctx.auditDetail({ number: voided.numberText, reason })
      return readTaskNotices(ctx.sqlite, voided.taskId)
    }
  },
  'notices:export': {
    async: async (ctx, { taskId, noticeId, fileName, perTarget, jobId }) => {
      const task = readTaskPeriod(ctx.sqlite, taskId)
      const office = readSettings(ctx.db)
      const template = readTemplate(ctx.db, 'inspectionNotice')
      const wording: NoticeWording = { basis: template.basis, cooperation: template.cooperation }
      const valid = readNotices(ctx.sqlite, taskId).filter((n) => n.status === '有效' && (noticeId === undefined || n.id === noticeId))
      if (noticeId !== undefined && valid.length === 0) throw new ServiceError('CONFLICT', '这份通知书已作废或不属于本任务，不能重印；请重新印发后再打印', 'noticeId')
      if (valid.length === 0) throw new ServiceError('CONFLICT', '本任务还没有有效的行政检查通知书：请先点“印发通知书”编号，再导出')
      const job = documentJob(jobId)
      try {
        // The 文书中心 preview shows the first page: the first notice is all it needs to build.
        const shown = ctx.previewOnly ? valid.slice(0, 1) : valid
        const split = perTarget && !ctx.previewOnly
        const total = shown.length * (split ? 2 : 1) + 1
        const papers = new Map(readVisitPapers(ctx.sqlite, shown.map((n) => n.visitId!), taskId).map((p) => [p.visitId, p]))
        const qrs = await signNoticeQrs(ctx.sqlite, ctx.dataDir, shown.map((n) => n.id), async (done) => {
          job.report(done, total)
          await job.checkpoint()
        })
        const issuer = ctx.sqlite.prepare(
          `SELECT d.name, d.liaison_phone AS phone FROM tasks t JOIN departments d ON d.id = t.lead_department_id WHERE t.id = ?`
        )
        const notices: InspectionNoticeData[] = shown.map((n) => {
          const paper = papers.get(n.visitId!)!
          const lead = issuer.get(n.issuingTaskId) as { name: string; phone: string }
          return {
            numberText: n.numberText,
            targetName: paper.target.name,
            visitDate: paper.plannedDate,
            periodStart: paper.periodStart,
            periodEnd: paper.periodEnd,
            items: paper.items,
            inspectors: paper.inspectors,
            issuerName: lead.name,
            contactPhone: lead.phone,
            issuedOn: n.issuedAt.slice(0, 10),
            qr: qrs.get(n.id)
          }
        })
        if (split) {
          return await issuePerTargetZip(ctx, job, {
            kind: 'inspectionNotices',
            papers: notices.map((n, i) => ({ ...n, params: { taskId, noticeIds: [shown[i].id] } })),
            build: (n) => buildInspectionNoticesDocument({ countyName: office.countyName, notices: [n], wording }),
            params: { taskId, noticeIds: shown.map((n) => n.id) },
            fileName: (count) => fileSafe(`${task.code}行政检查通知书（${count}份，每对象一个文件）.zip`),
            progressDone: shown.length,
            progressTotal: total
          })
        }
        job.report(shown.length, total)
        const bytes = await buildInspectionNoticesDocument({ countyName: office.countyName, notices, wording })
        await job.checkpoint()
        const single = valid.length === 1 && noticeId !== undefined ? valid[0] : null
        const name = fileName ?? fileSafe(single ? `行政检查通知书${single.numberText}.docx` : `${task.code}行政检查通知书（${valid.length}份）.docx`)
        return issueDocument(ctx, {
          kind: 'inspectionNotices',
          params: { taskId, noticeIds: valid.map((n) => n.id) },
          number: single?.numberText ?? null,
          fileName: name,
          bytes
        })
      } finally {
        job.finish()
      }
    }
  },
  'notices:exportRecordForms': {
    async: async (ctx, { taskId, fileName, perTarget, jobId }) => {
      const task = readTaskPeriod(ctx.sqlite, taskId)
      const office = readSettings(ctx.db)
      const visits = proceedingVisits(ctx.sqlite, taskId)
      if (visits.length === 0) throw new ServiceError('CONFLICT', '本任务没有需要实地核查的对象：请先抽取检查对象；预查后不再检查的对象不出记录表')
      const job = documentJob(jobId)
      try {
        const shown = ctx.previewOnly ? visits.slice(0, 1) : visits
        const split = perTarget && !ctx.previewOnly
        const total = shown.length * (split ? 2 : 1) + 1
        const valid = readNotices(ctx.sqlite, taskId).filter((n) => n.status === '有效')
        const noticeOf = new Map(valid.map((n) => [n.visitId, n]))
        // A form carries its visit's notice's QR code; a visit not yet noticed has no 字号 to sign.
        const onForms = new Set(shown.map((v) => v.visitId))
        const qrs = await signNoticeQrs(ctx.sqlite, ctx.dataDir, valid.filter((n) => onForms.has(n.visitId!)).map((n) => n.id), async (done) => {
          job.report(done, total)
          await job.checkpoint()
        })
        const forms: (RecordFormData & { visitId: number })[] = readVisitPapers(ctx.sqlite, shown.map((v) => v.visitId), taskId).map((p) => ({
          visitId: p.visitId,
          numberText: noticeOf.get(p.visitId)?.numberText ?? null,
          qr: noticeOf.has(p.visitId) ? qrs.get(noticeOf.get(p.visitId)!.id) : undefined,
          targetName: p.target.name,
          code: p.target.code,
          countyTown: [office.countyName, p.target.town].filter(Boolean).join(''),
          legalRep: p.target.legalRep,
          address: p.target.address,
          phone: p.target.phone,
          items: p.items
        }))
        if (split) {
          return await issuePerTargetZip(ctx, job, {
            kind: 'recordForms',
            papers: forms.map((form) => ({ ...form, params: { taskId, visitIds: [form.visitId] } })),
            build: (form) => buildRecordFormsDocument({ countyName: office.countyName, forms: [form] }),
            params: { taskId, visitIds: shown.map((v) => v.visitId) },
            fileName: (count) => fileSafe(`${task.code}实地核查记录表（${count}份，每对象一个文件）.zip`),
            progressDone: shown.length,
            progressTotal: total
          })
        }
        job.report(shown.length, total)
        const bytes = await buildRecordFormsDocument({ countyName: office.countyName, forms })
        await job.checkpoint()
        const name = fileName ?? fileSafe(`${task.code}实地核查记录表（${visits.length}份）.docx`)
        return issueDocument(ctx, { kind: 'recordForms', params: { taskId, visitIds: visits.map((v) => v.visitId) }, fileName: name, bytes })
      } finally {
        job.finish()
      }
    }
  }
}
