import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RosterAssignInput, RosterDto, RosterSeatDto } from '@shared/domain/roster'
import { api } from '@renderer/api/apiClient'

/** 组成人员: current holders and the history of every seat (issue 5 §1). */
export const useRosterStore = defineStore('roster', () => {
  const roster = ref<RosterDto>({ current: [], history: [] })
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      roster.value = await api.call('roster:list')
    } finally {
      loading.value = false
    }
  }

  async function assign(input: RosterAssignInput): Promise<RosterSeatDto> {
    const seat = await api.call('roster:assign', input)
    await load()
    return seat
  }

  return { roster, loading, load, assign }
})
