import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { TaskStatus } from '@shared/domain/enums'
import type { TaskDto, TaskFormOptionsDto, TaskInput, TaskSummaryDto, TaskUpdateInput } from '@shared/domain/tasks'
import { api } from '@renderer/api/apiClient'

/** 联合抽查任务: the filtered list and the task dialog's options (issue 4; issue 8 §1). */
export const useTasksStore = defineStore('tasks', () => {
  const list = ref<TaskSummaryDto[]>([])
  const options = ref<TaskFormOptionsDto>({ checklistItems: [], planItems: [] })
  const loading = ref(false)
  const filter = reactive({ year: null as number | null, departmentId: null as number | null, status: null as TaskStatus | null, planItemId: null as number | null })

  async function load(): Promise<void> {
    loading.value = true
    try {
      list.value = await api.call('tasks:list', { ...filter })
    } finally {
      loading.value = false
    }
  }

  async function loadOptions(): Promise<void> {
    options.value = await api.call('tasks:formOptions')
  }

  async function create(input: TaskInput): Promise<TaskDto> {
    const created = await api.call('tasks:create', input)
    await load()
    return created
  }

  async function update(input: TaskUpdateInput): Promise<TaskDto> {
    return api.call('tasks:update', input)
  }

  async function get(id: number): Promise<TaskDto> {
    return api.call('tasks:get', { id })
  }

  return { list, options, loading, filter, load, loadOptions, create, update, get }
})
