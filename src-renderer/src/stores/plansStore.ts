import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { IssuedFileDto } from '@shared/dashboard'
import type { PlanCoverageDto, PlanDto, PlanFormOptionsDto, PlanItemEstimateDto, PlanItemInput, PlanSettingsDto, PlanSummaryDto } from '@shared/domain/plans'
import type { ChannelInput } from '@shared/contract'
import type { DecisionDto } from '@shared/domain/meetings'
import type { ExcelFileDto } from '@shared/domain/imports'
import type { PlanSubmissionsDto } from '@shared/domain/planSubmissions'
import type { PlanJoinsDto } from '@shared/domain/planJoins'
import type { PlanProjectionDto } from '@shared/domain/planProjection'
import { api } from '@renderer/api/apiClient'

/** 年度联合抽查计划 (issue 7): the year's plan, any version of it, its estimates and coverage. */
export const usePlansStore = defineStore('plans', () => {
  const list = ref<PlanSummaryDto[]>([])
  const current = ref<PlanDto | null>(null)
  const estimates = ref<Map<number, PlanItemEstimateDto>>(new Map())
  const coverage = ref<PlanCoverageDto | null>(null)
  const options = ref<PlanFormOptionsDto | null>(null)
  const loading = ref(false)
  /** Liaison-meeting decisions an adjustment may cite as its approval. */
  const decisions = ref<DecisionDto[]>([])
  /** issue 7 §3: each unit's submission for the shown year. */
  const submissions = ref<PlanSubmissionsDto | null>(null)
  /** issue 7 §4(a): suggested joins and the joins made (undoable). */
  const joins = ref<PlanJoinsDto | null>(null)
  /** issue 7 §4(d): expected checks per target. */
  const projection = ref<PlanProjectionDto | null>(null)

  async function load(): Promise<void> {
    list.value = await api.call('plans:list')
  }

  async function loadOptions(): Promise<PlanFormOptionsDto> {
    options.value = await api.call('plans:formOptions')
    return options.value
  }

  /** Opens a year's plan at `version` (default: as adjusted) with its live estimates and coverage. */
  async function open(year: number, version?: number): Promise<void> {
    loading.value = true
    try {
      const [plan, estimated, covered, submitted, joined] = await Promise.all([
        api.call('plans:get', { year, version }),
        api.call('plans:estimate', { year, version }),
        api.call('plans:coverage', { year }),
        api.call('plans:submissions', { year }),
        api.call('plans:joins', { year })
      ])
      current.value = plan
      submissions.value = submitted
      joins.value = joined
      // Loaded when its tab is shown (loadProjection): over a large directory it takes a while.
      projection.value = null
      estimates.value = new Map(estimated.map((e) => [e.itemId ?? 0, e]))
      coverage.value = covered
    } finally {
      loading.value = false
    }
  }

  async function refresh(plan: PlanDto): Promise<PlanDto> {
    await Promise.all([load(), open(plan.year)])
    return plan
  }

  async function create(year: number): Promise<PlanDto> {
    return refresh(await api.call('plans:create', { year }))
  }
  async function addItem(planId: number, item: PlanItemInput): Promise<PlanDto> {
    return refresh(await api.call('plans:addItem', { planId, item }))
  }
  async function updateItem(id: number, item: PlanItemInput): Promise<PlanDto> {
    return refresh(await api.call('plans:updateItem', { id, item }))
  }
  async function removeItem(id: number): Promise<PlanDto> {
    return refresh(await api.call('plans:removeItem', { id }))
  }
  async function setStatus(id: number, status: '草拟' | '征求意见'): Promise<PlanDto> {
    return refresh(await api.call('plans:setStatus', { id, status }))
  }
  async function publish(id: number): Promise<PlanDto> {
    return refresh(await api.call('plans:publish', { id }))
  }
  async function file(id: number, filedDate: string, filedOffice: string): Promise<PlanDto> {
    return refresh(await api.call('plans:file', { id, filedDate, filedOffice }))
  }
  async function adjust(input: ChannelInput<'plans:adjust'>): Promise<PlanDto> {
    return refresh(await api.call('plans:adjust', input))
  }
  async function setCoverageReason(planId: number, checklistCode: string, reason: string): Promise<void> {
    coverage.value = await api.call('plans:setCoverageReason', { planId, checklistCode, reason })
  }
  async function loadDecisions(): Promise<void> {
    decisions.value = await api.call('meetings:decisionsBoard', { includeDone: true })
  }
  async function updateSettings(settings: PlanSettingsDto): Promise<void> {
    await api.call('plans:updateSettings', settings)
    await loadOptions()
  }
  function estimateItem(year: number, item: PlanItemInput): Promise<PlanItemEstimateDto> {
    return api.call('plans:estimateItem', { year, item })
  }
  const documentChannels = {
    plan: 'plans:exportDocument',
    adjustments: 'plans:exportAdjustments',
    planTable: 'plans:exportTable',
    adjustmentsTable: 'plans:exportAdjustmentsTable'
  } as const
  /** The plan or its 计划调整公告, as Word or (…Table) xlsx; each goes into the 文书登记簿. */
  function exportDocument(kind: keyof typeof documentChannels, year: number): Promise<IssuedFileDto> {
    return api.call(documentChannels[kind], { year })
  }

  function exportForm(year: number, departmentId: number): Promise<ExcelFileDto> {
    return api.call('plans:exportForm', { year, departmentId })
  }
  async function returnSubmission(year: number, departmentId: number, reason: string): Promise<void> {
    submissions.value = await api.call('plans:returnSubmission', { year, departmentId, reason })
  }

  async function loadProjection(year: number, version?: number): Promise<void> {
    projection.value = await api.call('plans:projection', { year, version })
  }
  async function join(planId: number, itemIds: number[]): Promise<PlanDto> {
    return refresh(await api.call('plans:join', { planId, itemIds }))
  }
  async function undoJoin(id: number): Promise<PlanDto> {
    return refresh(await api.call('plans:undoJoin', { id }))
  }

  return {
    list,
    projection,
    loadProjection,
    joins,
    join,
    undoJoin,
    submissions,
    exportForm,
    returnSubmission,
    current,
    estimates,
    coverage,
    options,
    loading,
    decisions,
    loadDecisions,
    updateSettings,
    load,
    loadOptions,
    open,
    create,
    addItem,
    updateItem,
    removeItem,
    setStatus,
    publish,
    file,
    adjust,
    setCoverageReason,
    estimateItem,
    exportDocument
  }
})
