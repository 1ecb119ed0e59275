import type { IssuedFileDto } from '@shared/dashboard'
import type { DocumentKind } from '@shared/domain/documentCatalog'
import type { DocumentRequest } from '@shared/domain/documentRequests'
import type { Channel, ParsedInput } from '@shared/contract'
import { documentsHandlers } from '../documentsService'
import { drawExportHandlers } from '../draw/drawExportHandlers'
import { meetingDocumentsHandlers } from '../meetingDocumentsService'
import { noticesHandlers } from '../noticesService'
import { planDocumentsHandlers } from '../planDocumentsService'
import type { ServiceContext } from '../serviceContext'
import type { Handler } from '../serviceHost'
import { taskDocumentHandlers } from '../draw/taskDocumentHandlers'
import { taskPlanDocumentHandlers } from '../tasks/taskPlanDocumentHandlers'

type IssuedFile = IssuedFileDto & { registerId?: number }
type Builder = (ctx: ServiceContext, request: DocumentRequest) => Promise<IssuedFile>

/** Runs an export channel's handler with this call's context (and so its transaction and audit row). */
function run<C extends Channel>(handler: Handler<C>, ctx: ServiceContext, input: ParsedInput<C>): Promise<IssuedFile> {
  return Promise.resolve('async' in handler ? handler.async(ctx, input) : handler.tx(ctx, input)) as Promise<IssuedFile>
}

/**
 * 文书中心 (issue 9 §1): each catalogue kind (src-shared/domain/documentCatalog.ts) to the export
 * that builds and registers it.
 */
export const documentBuilders: Record<DocumentKind, Builder> = {
  members: (ctx, r) => run(documentsHandlers['documents:exportMembers'], ctx, { fileName: r.fileName }),
  checklist: (ctx, r) => run(documentsHandlers['documents:exportChecklist'], ctx, { fileName: r.fileName }),
  meetingNotice: (ctx, r) => run(meetingDocumentsHandlers['meetings:exportNotice'], ctx, { meetingId: r.meetingId!, fileName: r.fileName }),
  minutes: (ctx, r) => run(meetingDocumentsHandlers['meetings:exportMinutes'], ctx, { meetingId: r.meetingId!, fileName: r.fileName }),
  decisionsReport: (ctx, r) => run(meetingDocumentsHandlers['meetings:exportDecisionsReport'], ctx, { fileName: r.fileName }),
  plan: (ctx, r) => run(planDocumentsHandlers['plans:exportDocument'], ctx, { year: r.year!, fileName: r.fileName }),
  planAdjustments: (ctx, r) => run(planDocumentsHandlers['plans:exportAdjustments'], ctx, { year: r.year!, fileName: r.fileName }),
  drawRecord: (ctx, r) => run(drawExportHandlers['draw:exportRecord'], ctx, { drawId: r.drawId! }),
  taskPlan: (ctx, r) => run(taskPlanDocumentHandlers['tasks:exportPlan'], ctx, { taskId: r.taskId!, fileName: r.fileName }),
  taskAnnouncement: (ctx, r) => run(taskDocumentHandlers['draw:exportAnnouncement'], ctx, { taskId: r.taskId!, fileName: r.fileName }),
  inspectionGroups: (ctx, r) => run(taskDocumentHandlers['draw:exportGroups'], ctx, { taskId: r.taskId!, fileName: r.fileName }),
  inspectionNotices: (ctx, r) => run(noticesHandlers['notices:export'], ctx, { taskId: r.taskId!, noticeId: r.noticeId, fileName: r.fileName, perTarget: r.perTarget, jobId: r.jobId }),
  recordForms: (ctx, r) => run(noticesHandlers['notices:exportRecordForms'], ctx, { taskId: r.taskId!, fileName: r.fileName, perTarget: r.perTarget, jobId: r.jobId })
}
