import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { RegistrationStatus, RiskClass, TargetKind } from '@shared/domain/enums'
import type {
  TargetDetailDto,
  TargetDto,
  TargetFacetsDto,
  TargetFilter,
  TargetHistoryDto,
  TargetInput,
  TargetSortKey,
  TargetStatusChangeInput
} from '@shared/domain/targets'
import { api } from '@renderer/api/apiClient'

/** The filter bar's state; empty strings mean "any". */
export interface TargetFilters {
  text: string
  kind: TargetKind | ''
  town: string
  industry: string
  riskClass: RiskClass | ''
  status: RegistrationStatus | ''
  tag: string
  specialDirectoryId: number | ''
  departmentId: number | ''
  abnormalOnly: boolean
}

const blankFilters: TargetFilters = {
  text: '',
  kind: '',
  town: '',
  industry: '',
  riskClass: '',
  status: '',
  tag: '',
  specialDirectoryId: '',
  departmentId: '',
  abnormalOnly: false
}

/** 检查对象名录库: one page of search results at a time (the server pages and sorts). */
export const useTargetsStore = defineStore('targets', () => {
  const filters = reactive<TargetFilters>({ ...blankFilters })
  const rows = ref<TargetDto[]>([])
  const total = ref(0)
  const page = ref(1)
  const pageSize = ref(50)
  const sortBy = ref<TargetSortKey>('name')
  const sortOrder = ref<'asc' | 'desc'>('asc')
  const loading = ref(false)
  const facets = ref<TargetFacetsDto>({ towns: [], industries: [], tags: [], specialDirectories: [] })
  let latest = 0

  const totalCapped = ref(false)

  /** The filter bar as the contract takes it: also what a bulk action on "the list" applies to. */
  function filterInput(): TargetFilter {
    return {
      text: filters.text,
      kind: filters.kind || undefined,
      town: filters.town || undefined,
      industry: filters.industry || undefined,
      riskClass: filters.riskClass || undefined,
      status: filters.status || undefined,
      tag: filters.tag || undefined,
      specialDirectoryId: filters.specialDirectoryId || undefined,
      departmentId: filters.departmentId || undefined,
      abnormal: filters.abnormalOnly ? true : undefined
    }
  }

  async function search(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    try {
      const result = await api.call('directory:searchTargets', {
        ...filterInput(),
        page: page.value,
        pageSize: pageSize.value,
        sortBy: sortBy.value,
        sortOrder: sortOrder.value
      })
      // A slower earlier answer must not overwrite the answer to what the clerk typed last.
      if (ticket !== latest) return
      rows.value = result.rows
      total.value = result.total
      totalCapped.value = result.totalCapped
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  function resetFilters(): void {
    Object.assign(filters, blankFilters)
    page.value = 1
  }

  async function loadFacets(): Promise<void> {
    facets.value = await api.call('directory:targetFacets')
  }

  function get(id: number): Promise<TargetDetailDto> {
    return api.call('directory:getTarget', { id })
  }

  /** Edits and tasks of one target, for the drawer (issue 3 §2). */
  function history(id: number): Promise<TargetHistoryDto> {
    return api.call('directory:targetHistory', { id })
  }

  async function create(input: TargetInput): Promise<TargetDto> {
    const created = await api.call('directory:createTarget', input)
    await Promise.all([search(), loadFacets()])
    return created
  }

  async function update(id: number, input: TargetInput): Promise<TargetDto> {
    const updated = await api.call('directory:updateTarget', { ...input, id })
    await Promise.all([search(), loadFacets()])
    return updated
  }

  async function changeStatus(input: TargetStatusChangeInput): Promise<TargetDto> {
    const changed = await api.call('directory:changeTargetStatus', input)
    await search()
    return changed
  }

  return { filterInput, totalCapped, filters, rows, total, page, pageSize, sortBy, sortOrder, loading, facets, search, resetFilters, loadFacets, get, history, create, update, changeStatus }
})
