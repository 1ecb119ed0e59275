import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AuditEntryDto, DashboardDto } from '@shared/dashboard'
import { api } from '@renderer/api/apiClient'

/** The home screen's counts and attention list, and whether demo data is loaded (issue 2 §7). */
export const useDashboardStore = defineStore('dashboard', () => {
  const summary = ref<DashboardDto | null>(null)
  /** The last few audit entries, for the home screen's "最近操作". */
  const recent = ref<AuditEntryDto[]>([])
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const [loaded, entries] = await Promise.all([api.call('dashboard:summary'), api.call('audit:recent', { limit: 6 })])
      summary.value = loaded
      recent.value = entries
    } finally {
      loading.value = false
    }
  }

  async function clearDemo(): Promise<void> {
    await api.call('demo:clear')
    await load()
  }

  return { summary, recent, loading, load, clearDemo }
})
