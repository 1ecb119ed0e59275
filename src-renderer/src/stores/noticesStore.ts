import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { IssuedFileDto } from '@shared/dashboard'
import type { TaskNoticesDto } from '@shared/domain/notices'
import { api } from '@renderer/api/apiClient'

/** issue 8 §6: a task's 行政检查通知书 in the 字号 register, and its papers. */
export const useNoticesStore = defineStore('notices', () => {
  const state = ref<TaskNoticesDto>({ notices: [], pending: 0, withoutGroup: 0 })
  const loading = ref(false)

  async function load(taskId: number): Promise<void> {
    loading.value = true
    try {
      state.value = await api.call('notices:list', { taskId })
    } finally {
      loading.value = false
    }
  }

  async function issue(taskId: number): Promise<void> {
    state.value = await api.call('notices:issue', { taskId })
  }

  async function voidNotice(id: number, reason: string): Promise<void> {
    state.value = await api.call('notices:void', { id, reason })
  }

  function exportNotices(taskId: number, noticeId?: number): Promise<IssuedFileDto> {
    return api.call('notices:export', noticeId === undefined ? { taskId } : { taskId, noticeId })
  }

  function exportRecordForms(taskId: number): Promise<IssuedFileDto> {
    return api.call('notices:exportRecordForms', { taskId })
  }

  return { state, loading, load, issue, voidNotice, exportNotices, exportRecordForms }
})
