import { z } from 'zod'
import type { AuditEntryDto, DashboardDto, IssuedFileDto } from './dashboard'
import { departmentInput, type DepartmentDto } from './domain/departments'
import { settingsInput, type SettingsDto } from './domain/settings'
import {
  targetInput,
  targetSearchInput,
  targetStatusChangeInput,
  type TargetDetailDto,
  type TargetDto,
  type TargetFacetsDto,
  type TargetHistoryDto,
  type TargetPageDto
} from './domain/targets'
import { rosterAssignInput, type RosterDto, type RosterSeatDto } from './domain/roster'
import {
  minutesCorrectInput,
  minutesDraftInput,
  minutesIssueInput,
  minutesReviewInput,
  minutesSignInput,
  type MinutesDto
} from './domain/minutes'
import { taskInput, taskListInput, taskUpdateInput, type TaskDto, type TaskFormOptionsDto, type TaskSummaryDto, type TaskTargetDto } from './domain/tasks'
// issue 8a: 实施方案, its approval, the route and timetable
import { taskPlanInput, taskPlanStepInput, type TaskPlanDto } from './domain/taskPlan'
import { routeScheduleInput, visitDateInput, type TaskRouteDto } from './domain/taskRoute'
import {
  drawRunInput,
  drawSettingsInput,
  inspectorDrawRunInput,
  replaceInspectorInput,
  type DrawCommitmentDto,
  type DrawDefaultsDto,
  type DrawPreviewDto,
  type TaskDrawsDto
} from './domain/drawSession'
import {
  planAdjustmentInput,
  planCoverageReasonInput,
  planCreateInput,
  planFileInput,
  planHeaderInput,
  planItemInput,
  planSettingsInput,
  planYear,
  type PlanCoverageDto,
  type PlanDto,
  type PlanFormOptionsDto,
  type PlanItemEstimateDto,
  type PlanSettingsDto,
  type PlanSummaryDto
} from './domain/plans'
import { planFormExportInput, planSubmissionReturnInput, type PlanSubmissionsDto } from './domain/planSubmissions'
import { planJoinInput, planUndoJoinInput, type PlanJoinsDto } from './domain/planJoins'
import type { PlanProjectionDto } from './domain/planProjection'
import { decisionInput, meetingInput, progressInput, type DecisionDto, type MeetingDto, type MeetingSummaryDto } from './domain/meetings'
// issue 3: checklist, special directories, tags
import {
  checklistAbolishInput,
  checklistAdjustmentsInput,
  checklistCreateInput,
  checklistListInput,
  checklistPublishInput,
  checklistUpdateInput,
  type ChecklistAdjustmentDto,
  type ChecklistItemDto
} from './domain/checklist'
import {
  specialDirectoryInput,
  specialDirectoryMembersInput,
  targetTagsEditInput,
  type BulkResultDto,
  type SelectionPreviewDto,
  type SpecialDirectoryDto
} from './domain/specialDirectories'
// issue 3: Excel import/export and the inspector directory
import {
  importEntities,
  importFileInput,
  importIssueReportInput,
  type ExcelFileDto,
  type ImportOutcomeDto,
  type ImportProgressDto
} from './domain/imports'
import { inspectorInput, inspectorSearchInput, type InspectorDto, type InspectorFacetsDto } from './domain/inspectors'
// issue 9: 文书中心, register, office key, 核验
import { documentCheckInput, documentJobInput, documentRequestInput, registerSearchInput } from './domain/documentRequests'
import type {
  DocumentCheckDto,
  DocumentJobProgressDto,
  DocumentOptionsDto,
  DocumentPreviewDto,
  IssuedDocumentDto,
  IssuedDocumentFileDto
} from './domain/documentCatalog'
import type { OfficeKeyDto, VerificationDto } from './domain/verification'
import { templateResetInput, templateUpdateInput, type DocumentTemplateDto } from './domain/documentTemplates'
// issue 8c: merged visits, 预查比对, the 字号 register and the task's papers
import {
  precheckDecideInput,
  visitMergeInput,
  visitUnmergeInput,
  type PrecheckRowDto,
  type UnmergeResultDto,
  type VisitsOverviewDto
} from './domain/visits'
import { noticesExportInput, noticesIssueInput, noticeVoidInput, recordFormsExportInput, type TaskNoticesDto } from './domain/notices'

/**
 * The one contract between main and renderer (DESIGN.md "one contract, one service layer").
 * Channels are `area:verb`. `mutates` channels get an audit row in their transaction.
 */
interface ChannelSpec<I extends z.ZodType, O> {
  input: I
  mutates: boolean
  /** Type-only marker for the output DTO. */
  output: O
}

function query<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input, mutates: false, output: undefined as O })
}
function command<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input, mutates: true, output: undefined as O })
}

const none = z.object({}).strict().default({})
/** Documents: the file name the clerk saves under (recorded in the register); a default is offered. */
const documentFileInput = z
  .object({ fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional() })
  .default({})
const id = z.number({ error: '缺少记录编号' }).int().positive({ error: '记录编号无效' })
/** issue 5 §6: a document of one meeting (纪要, 会议通知). */
const meetingDocumentInput = z.object({
  meetingId: id,
  fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional()
})

export const contract = {
  'departments:list': query<DepartmentDto[]>()(
    z.object({ includeInactive: z.boolean().default(true) }).default({ includeInactive: true })
  ),
  'departments:create': command<DepartmentDto>()(departmentInput),
  'departments:update': command<DepartmentDto>()(departmentInput.extend({ id })),
  'departments:setActive': command<DepartmentDto>()(z.object({ id, active: z.boolean() })),

  'settings:get': query<SettingsDto>()(none),
  'settings:update': command<SettingsDto>()(settingsInput),

  'dashboard:summary': query<DashboardDto>()(none),
  'demo:clear': command<{ cleared: boolean }>()(none),

  'audit:recent': query<AuditEntryDto[]>()(
    z.object({ limit: z.number().int().min(1).max(500).default(50) }).default({ limit: 50 })
  ),

  'documents:exportMembers': command<IssuedFileDto>()(documentFileInput),

  // 检查对象名录库 (issue 3)
  'directory:searchTargets': query<TargetPageDto>()(targetSearchInput),
  'directory:targetFacets': query<TargetFacetsDto>()(none),
  'directory:getTarget': query<TargetDetailDto>()(z.object({ id })),
  'directory:createTarget': command<TargetDto>()(targetInput),
  'directory:updateTarget': command<TargetDto>()(targetInput.extend({ id })),
  'directory:changeTargetStatus': command<TargetDto>()(targetStatusChangeInput),
  // issue 5: liaison meetings (组成人员, 联席会议, 议定事项)
  'roster:list': query<RosterDto>()(none),
  'roster:assign': command<RosterSeatDto>()(rosterAssignInput),
  'meetings:list': query<MeetingSummaryDto[]>()(none),
  'meetings:get': query<MeetingDto>()(z.object({ id })),
  'meetings:create': command<MeetingDto>()(meetingInput),
  'meetings:update': command<MeetingDto>()(meetingInput.extend({ id })),
  'meetings:addDecision': command<DecisionDto>()(decisionInput.extend({ meetingId: id })),
  'meetings:updateDecision': command<DecisionDto>()(decisionInput.extend({ id })),
  'meetings:addProgress': command<DecisionDto>()(progressInput.extend({ decisionId: id })),
  'meetings:decisionsBoard': query<DecisionDto[]>()(
    z.object({ includeDone: z.boolean().default(true) }).default({ includeDone: true })
  ),
  'minutes:list': query<MinutesDto[]>()(z.object({ meetingId: id })),
  'minutes:saveDraft': command<MinutesDto>()(minutesDraftInput),
  'minutes:circulate': command<MinutesDto>()(z.object({ minutesId: id })),
  'minutes:recordReview': command<MinutesDto>()(minutesReviewInput),
  'minutes:sign': command<MinutesDto>()(minutesSignInput),
  'minutes:issue': command<MinutesDto>()(minutesIssueInput),
  'minutes:correct': command<MinutesDto>()(minutesCorrectInput),
  // issue 5 §6: 会议纪要, 会议通知, 议定事项落实情况通报
  'meetings:exportMinutes': command<IssuedFileDto>()(meetingDocumentInput),
  'meetings:exportNotice': command<IssuedFileDto>()(meetingDocumentInput),
  'meetings:exportDecisionsReport': command<IssuedFileDto>()(documentFileInput),
  // issue 4: joint tasks (minimal record) and the draw
  'tasks:list': query<TaskSummaryDto[]>()(taskListInput),
  'tasks:get': query<TaskDto>()(z.object({ id })),
  'tasks:formOptions': query<TaskFormOptionsDto>()(none),
  'tasks:create': command<TaskDto>()(taskInput),
  // issue 8a: task workbench (header edits before the draw, targets with groups, 实施方案, route)
  'tasks:update': command<TaskDto>()(taskUpdateInput),
  'tasks:targets': query<TaskTargetDto[]>()(z.object({ id })),
  'tasks:plan': query<TaskPlanDto>()(z.object({ taskId: id })),
  'tasks:savePlan': command<TaskPlanDto>()(taskPlanInput),
  'tasks:planStep': command<TaskPlanDto>()(taskPlanStepInput),
  'tasks:route': query<TaskRouteDto>()(z.object({ taskId: id })),
  'tasks:scheduleRoute': command<TaskRouteDto>()(routeScheduleInput),
  'tasks:setVisitDate': command<TaskRouteDto>()(visitDateInput),
  'tasks:exportPlan': command<IssuedFileDto>()(
    z.object({ taskId: id, fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional() })
  ),
  'draw:preview': query<DrawPreviewDto>()(drawSettingsInput),
  'draw:commit': command<DrawCommitmentDto>()(drawSettingsInput),
  'draw:run': command<TaskDrawsDto>()(drawRunInput),
  'draw:taskDraws': query<TaskDrawsDto>()(z.object({ taskId: id })),
  'draw:commitReplacement': command<DrawCommitmentDto>()(z.object({ taskId: id })),
  'draw:replaceInspector': command<TaskDrawsDto>()(replaceInspectorInput),
  'draw:exportProof': command<IssuedFileDto>()(z.object({ drawId: id })),
  'draw:exportRecord': command<IssuedFileDto>()(z.object({ drawId: id })),
  'draw:exportResults': command<IssuedFileDto>()(z.object({ drawId: id })),
  // issue 8 §3: the target draw split from the inspector draw, the lock between them, the task's documents
  'draw:defaults': query<DrawDefaultsDto>()(z.object({ taskId: id })),
  'draw:lock': command<TaskDrawsDto>()(z.object({ taskId: id })),
  'draw:commitInspectors': command<DrawCommitmentDto>()(z.object({ taskId: id })),
  'draw:runInspectors': command<TaskDrawsDto>()(inspectorDrawRunInput),
  'draw:exportAnnouncement': command<IssuedFileDto>()(
    z.object({ taskId: id, fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional() })
  ),
  'draw:exportGroups': command<IssuedFileDto>()(
    z.object({ taskId: id, fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional() })
  ),
  // issue 3: 抽查事项清单 (versions, 调整记录) and its Word document
  'checklist:list': query<ChecklistItemDto[]>()(checklistListInput),
  'checklist:versions': query<ChecklistItemDto[]>()(z.object({ id })),
  'checklist:create': command<ChecklistItemDto>()(checklistCreateInput),
  'checklist:update': command<ChecklistItemDto>()(checklistUpdateInput),
  'checklist:abolish': command<ChecklistItemDto>()(checklistAbolishInput),
  'checklist:adjustments': query<ChecklistAdjustmentDto[]>()(checklistAdjustmentsInput),
  'checklist:publishAdjustments': command<ChecklistAdjustmentDto[]>()(checklistPublishInput),
  'documents:exportChecklist': command<IssuedFileDto>()(documentFileInput),
  'checklist:export': command<ExcelFileDto>()(checklistListInput),
  // issue 3: 分类专项名录库 and 标签化管理
  'specialDirectories:list': query<SpecialDirectoryDto[]>()(none),
  'specialDirectories:create': command<SpecialDirectoryDto>()(specialDirectoryInput),
  'specialDirectories:update': command<SpecialDirectoryDto>()(specialDirectoryInput.extend({ id })),
  'specialDirectories:previewAdd': query<SelectionPreviewDto>()(specialDirectoryMembersInput),
  'specialDirectories:addTargets': command<BulkResultDto>()(specialDirectoryMembersInput),
  'specialDirectories:removeTargets': command<BulkResultDto>()(specialDirectoryMembersInput),
  'directory:previewTagEdit': query<SelectionPreviewDto>()(targetTagsEditInput),
  'directory:editTags': command<BulkResultDto>()(targetTagsEditInput),
  'directory:targetHistory': query<TargetHistoryDto>()(z.object({ id })),
  // issue 3: Excel import/export (src-main/io). Preview and run take the file as base64.
  'imports:preview': query<ImportOutcomeDto>()(importFileInput),
  'imports:run': command<ImportOutcomeDto>()(importFileInput),
  'imports:progress': query<ImportProgressDto | null>()(z.object({ jobId: z.string().max(64) })),
  'imports:template': query<ExcelFileDto>()(z.object({ entity: z.enum(importEntities) })),
  'imports:issueReport': query<ExcelFileDto>()(importIssueReportInput),
  'directory:exportTargets': command<ExcelFileDto>()(targetSearchInput),
  // issue 3: 执法检查人员名录库 and 专家库
  'inspectors:search': query<InspectorDto[]>()(inspectorSearchInput),
  'inspectors:facets': query<InspectorFacetsDto>()(none),
  'inspectors:get': query<InspectorDto>()(z.object({ id })),
  'inspectors:create': command<InspectorDto>()(inspectorInput),
  'inspectors:update': command<InspectorDto>()(inspectorInput.and(z.object({ id }))),
  'inspectors:export': command<ExcelFileDto>()(inspectorSearchInput),
  // issue 7: 年度联合抽查计划 (plans by year, versions, adjustments, estimates, coverage, documents)
  'plans:list': query<PlanSummaryDto[]>()(none),
  'plans:get': query<PlanDto>()(z.object({ year: planYear, version: z.number().int().min(1).optional() })),
  'plans:create': command<PlanDto>()(planCreateInput),
  'plans:updateHeader': command<PlanDto>()(planHeaderInput),
  'plans:addItem': command<PlanDto>()(z.object({ planId: id, item: planItemInput })),
  'plans:updateItem': command<PlanDto>()(z.object({ id, item: planItemInput })),
  'plans:removeItem': command<PlanDto>()(z.object({ id })),
  'plans:setStatus': command<PlanDto>()(z.object({ id, status: z.enum(['草拟', '征求意见'], { error: '状态只能改为草拟或征求意见；发布和报备请用对应按钮' }) })),
  'plans:publish': command<PlanDto>()(z.object({ id })),
  'plans:file': command<PlanDto>()(planFileInput),
  'plans:adjust': command<PlanDto>()(planAdjustmentInput),
  'plans:estimate': query<PlanItemEstimateDto[]>()(z.object({ year: planYear, version: z.number().int().min(1).optional() })),
  'plans:estimateItem': query<PlanItemEstimateDto>()(z.object({ year: planYear, item: planItemInput })),
  'plans:coverage': query<PlanCoverageDto>()(z.object({ year: planYear })),
  'plans:setCoverageReason': command<PlanCoverageDto>()(planCoverageReasonInput),
  'plans:formOptions': query<PlanFormOptionsDto>()(none),
  'plans:updateSettings': command<PlanSettingsDto>()(planSettingsInput),
  'plans:exportDocument': command<IssuedFileDto>()(
    z.object({ year: planYear, fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional() })
  ),
  'plans:exportAdjustments': command<IssuedFileDto>()(
    z.object({ year: planYear, fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional() })
  ),
  // issue 9: 文书中心 (catalogue, preview, save/open/print), 文书登记簿, office key, 核验
  'documents:options': query<DocumentOptionsDto>()(none),
  'documents:preview': query<DocumentPreviewDto>()(documentRequestInput),
  'documents:issue': command<IssuedDocumentFileDto>()(documentRequestInput),
  'documents:register': query<IssuedDocumentDto[]>()(registerSearchInput),
  'documents:check': query<DocumentCheckDto>()(documentCheckInput),
  // issue 9 §1 (wave 2): progress and 取消 of a batch of a task's notices or record forms
  'documents:progress': query<DocumentJobProgressDto | null>()(documentJobInput),
  'documents:cancel': query<{ cancelled: boolean }>()(documentJobInput),
  'keys:public': query<OfficeKeyDto>()(none),
  'keys:exportNotice': command<IssuedFileDto>()(documentFileInput),
  'verify:notice': query<VerificationDto>()(
    z.object({
      text: z
        .string({ error: '请粘贴或扫描核验码，或输入通知书字号' })
        .trim()
        .min(1, { error: '请粘贴或扫描核验码，或输入通知书字号' })
        .max(2000, { error: '核验码太长：请只粘贴二维码里的那一行文字' })
    })
  ),
  // issue 9 §5: the editable wording of each document kind
  'templates:list': query<DocumentTemplateDto[]>()(none),
  'templates:update': command<DocumentTemplateDto>()(templateUpdateInput),
  'templates:reset': command<DocumentTemplateDto>()(templateResetInput),
  // issue 7 §3: the units' plan forms and submissions (the form's import is imports:run, entity planForm)
  'plans:exportForm': query<ExcelFileDto>()(planFormExportInput),
  'plans:submissions': query<PlanSubmissionsDto>()(z.object({ year: planYear })),
  'plans:returnSubmission': command<PlanSubmissionsDto>()(planSubmissionReturnInput),
  // issue 7 §5: the plan table and the adjustment announcement as xlsx (entered in the 文书登记簿)
  'plans:exportTable': command<IssuedFileDto>()(z.object({ year: planYear })),
  'plans:exportAdjustmentsTable': command<IssuedFileDto>()(z.object({ year: planYear })),
  // issue 7 §4(a): suggested joins of different units' items, applied and undone
  'plans:joins': query<PlanJoinsDto>()(z.object({ year: planYear })),
  'plans:join': command<PlanDto>()(planJoinInput),
  'plans:undoJoin': command<PlanDto>()(planUndoJoinInput),
  // issue 7 §4(d): expected checks per target and targets likely to reach the yearly cap of 2
  'plans:projection': query<PlanProjectionDto>()(z.object({ year: planYear, version: z.number().int().min(1).optional() })),
  // issue 8c: merged visits (合并检查), 预查比对, 行政检查通知书 register, 实地核查记录表
  'visits:overview': query<VisitsOverviewDto>()(z.object({ taskId: id })),
  'visits:merge': command<VisitsOverviewDto>()(visitMergeInput),
  'visits:unmerge': command<UnmergeResultDto>()(visitUnmergeInput),
  'visits:precheck': query<PrecheckRowDto[]>()(z.object({ taskId: id })),
  'visits:decide': command<PrecheckRowDto[]>()(precheckDecideInput),
  'notices:list': query<TaskNoticesDto>()(z.object({ taskId: id })),
  'notices:issue': command<TaskNoticesDto>()(noticesIssueInput),
  'notices:void': command<TaskNoticesDto>()(noticeVoidInput),
  'notices:export': command<IssuedFileDto>()(noticesExportInput),
  'notices:exportRecordForms': command<IssuedFileDto>()(recordFormsExportInput)
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = Contract[C]['output']
export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name)
}
