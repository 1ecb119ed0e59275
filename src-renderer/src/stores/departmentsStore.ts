import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { IssuedFileDto } from '@shared/dashboard'
import type { DepartmentDto, DepartmentInput } from '@shared/domain/departments'
import { api } from '@renderer/api/apiClient'

/** 成员单位: the list (inactive ones included) and its commands (issue 2 §6). */
export const useDepartmentsStore = defineStore('departments', () => {
  const list = ref<DepartmentDto[]>([])
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      list.value = await api.call('departments:list', { includeInactive: true })
    } finally {
      loading.value = false
    }
  }

  async function create(input: DepartmentInput): Promise<DepartmentDto> {
    const created = await api.call('departments:create', input)
    await load()
    return created
  }

  async function update(id: number, input: DepartmentInput): Promise<DepartmentDto> {
    const updated = await api.call('departments:update', { ...input, id })
    await load()
    return updated
  }

  async function setActive(id: number, active: boolean): Promise<DepartmentDto> {
    const updated = await api.call('departments:setActive', { id, active })
    await load()
    return updated
  }

  /** 成员单位及联络员名单 (.docx), recorded in the register by the service. */
  function exportMembers(): Promise<IssuedFileDto> {
    return api.call('documents:exportMembers')
  }

  return { list, loading, load, create, update, setActive, exportMembers }
})
