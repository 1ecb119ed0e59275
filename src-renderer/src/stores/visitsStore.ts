import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PrecheckDecideInput, PrecheckRowDto, VisitsOverviewDto } from '@shared/domain/visits'
import { api } from '@renderer/api/apiClient'

/** issue 8 §4–§5: a task's merge candidates, merged visits and 预查比对 list. */
export const useVisitsStore = defineStore('visits', () => {
  const overview = ref<VisitsOverviewDto>({ candidates: [], merged: [] })
  const precheck = ref<PrecheckRowDto[]>([])
  const loading = ref(false)

  async function load(taskId: number): Promise<void> {
    loading.value = true
    try {
      ;[overview.value, precheck.value] = await Promise.all([api.call('visits:overview', { taskId }), api.call('visits:precheck', { taskId })])
    } finally {
      loading.value = false
    }
  }

  async function merge(taskId: number, targetId: number, otherTaskId: number): Promise<void> {
    overview.value = await api.call('visits:merge', { taskId, targetId, otherTaskId })
    precheck.value = await api.call('visits:precheck', { taskId })
  }

  /** Returns what the clerk must do next (a supplementary inspector draw), or ''. */
  async function unmerge(taskId: number, targetId: number): Promise<string> {
    const result = await api.call('visits:unmerge', { taskId, targetId })
    overview.value = result.overview
    precheck.value = await api.call('visits:precheck', { taskId })
    return result.message
  }

  async function decide(input: PrecheckDecideInput): Promise<void> {
    precheck.value = await api.call('visits:decide', input)
  }

  return { overview, precheck, loading, load, merge, unmerge, decide }
})
