import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TaskDto, TaskFormOptionsDto, TaskInput, TaskSummaryDto } from '@shared/domain/tasks'
import { api } from '@renderer/api/apiClient'

/** 联合抽查任务, the minimal record the draw needs (issue 4). */
export const useTasksStore = defineStore('tasks', () => {
  const list = ref<TaskSummaryDto[]>([])
  const options = ref<TaskFormOptionsDto>({ checklistItems: [] })
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      list.value = await api.call('tasks:list')
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

  async function get(id: number): Promise<TaskDto> {
    return api.call('tasks:get', { id })
  }

  return { list, options, loading, load, loadOptions, create, get }
})
