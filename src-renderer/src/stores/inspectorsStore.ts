import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { InspectorKind, InspectorStatus } from '@shared/domain/enums'
import type { InspectorDto, InspectorFacetsDto, InspectorInput } from '@shared/domain/inspectors'
import { api } from '@renderer/api/apiClient'

/** The filter bar's state; empty strings mean "any". */
export interface InspectorFilters {
  text: string
  departmentId: number | ''
  kind: InspectorKind | ''
  status: InspectorStatus | ''
  region: string
  qualification: string
  specialty: string
}

const blankFilters: InspectorFilters = { text: '', departmentId: '', kind: '', status: '', region: '', qualification: '', specialty: '' }

/** 执法检查人员名录库 (issue 3 §3): the filtered list, whole (a county has hundreds, not millions). */
export const useInspectorsStore = defineStore('inspectors', () => {
  const filters = reactive<InspectorFilters>({ ...blankFilters })
  const rows = ref<InspectorDto[]>([])
  const loading = ref(false)
  const facets = ref<InspectorFacetsDto>({ regions: [], qualifications: [], specialties: [] })
  let latest = 0

  function searchInput() {
    return {
      text: filters.text,
      departmentId: filters.departmentId || undefined,
      kind: filters.kind || undefined,
      status: filters.status || undefined,
      region: filters.region || undefined,
      qualification: filters.qualification || undefined,
      specialty: filters.specialty || undefined
    }
  }

  async function search(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    try {
      const result = await api.call('inspectors:search', searchInput())
      if (ticket === latest) rows.value = result
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  async function loadFacets(): Promise<void> {
    facets.value = await api.call('inspectors:facets')
  }

  function resetFilters(): void {
    Object.assign(filters, blankFilters)
  }

  async function create(input: InspectorInput): Promise<InspectorDto> {
    const created = await api.call('inspectors:create', input)
    await Promise.all([search(), loadFacets()])
    return created
  }

  async function update(id: number, input: InspectorInput): Promise<InspectorDto> {
    const updated = await api.call('inspectors:update', { ...input, id })
    await Promise.all([search(), loadFacets()])
    return updated
  }

  function exportFiltered() {
    return api.call('inspectors:export', searchInput())
  }

  return { filters, rows, loading, facets, search, loadFacets, resetFilters, create, update, exportFiltered }
})
