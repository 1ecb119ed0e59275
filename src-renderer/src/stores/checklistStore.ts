import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { IssuedFileDto } from '@shared/dashboard'
import type {
  ChecklistAbolishInput,
  ChecklistAdjustmentDto,
  ChecklistCreateInput,
  ChecklistItemDto,
  ChecklistUpdateInput
} from '@shared/domain/checklist'
import type { ChecklistCategory } from '@shared/domain/enums'
import type { ExcelFileDto } from '@shared/domain/imports'
import { api } from '@renderer/api/apiClient'

export interface ChecklistFilters {
  departmentId: number | ''
  category: ChecklistCategory | ''
  text: string
  includeAbolished: boolean
}

/** 抽查事项清单 and its 调整记录 (issue 3 §1). */
export const useChecklistStore = defineStore('checklist', () => {
  const filters = reactive<ChecklistFilters>({ departmentId: '', category: '', text: '', includeAbolished: false })
  const items = ref<ChecklistItemDto[]>([])
  const adjustments = ref<ChecklistAdjustmentDto[]>([])
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = await api.call('checklist:list', {
        departmentId: filters.departmentId || undefined,
        category: filters.category || undefined,
        text: filters.text,
        includeAbolished: filters.includeAbolished
      })
    } finally {
      loading.value = false
    }
  }

  async function loadAdjustments(): Promise<void> {
    adjustments.value = await api.call('checklist:adjustments', { departmentId: filters.departmentId || undefined })
  }

  const refresh = () => Promise.all([load(), loadAdjustments()])

  async function create(input: ChecklistCreateInput): Promise<ChecklistItemDto> {
    const created = await api.call('checklist:create', input)
    await refresh()
    return created
  }

  async function update(input: ChecklistUpdateInput): Promise<ChecklistItemDto> {
    const updated = await api.call('checklist:update', input)
    await refresh()
    return updated
  }

  async function abolish(input: ChecklistAbolishInput): Promise<ChecklistItemDto> {
    const abolished = await api.call('checklist:abolish', input)
    await refresh()
    return abolished
  }

  async function publish(ids: number[]): Promise<void> {
    await api.call('checklist:publishAdjustments', { ids })
    await loadAdjustments()
  }

  function versions(id: number): Promise<ChecklistItemDto[]> {
    return api.call('checklist:versions', { id })
  }

  /** The filtered list as xlsx in the import columns (re-imports unchanged). */
  function exportExcel(): Promise<ExcelFileDto> {
    return api.call('checklist:export', {
      departmentId: filters.departmentId || undefined,
      category: filters.category || undefined,
      text: filters.text,
      includeAbolished: filters.includeAbolished
    })
  }

  function template(): Promise<ExcelFileDto> {
    return api.call('imports:template', { entity: 'checklist' })
  }

  /** 抽查事项清单 (.docx), recorded in the register by the service. */
  function exportDocument(): Promise<IssuedFileDto> {
    return api.call('documents:exportChecklist')
  }

  return { filters, items, adjustments, loading, load, loadAdjustments, refresh, create, update, abolish, publish, versions, exportDocument, exportExcel, template }
})
