import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SettingsDto, SettingsInput } from '@shared/domain/settings'
import { api } from '@renderer/api/apiClient'

/** 办公室设置: office and county names, document-number prefixes, operator (issue 2 §6). */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<SettingsDto | null>(null)

  async function load(): Promise<void> {
    settings.value = await api.call('settings:get')
  }

  async function save(input: SettingsInput): Promise<SettingsDto> {
    settings.value = await api.call('settings:update', input)
    return settings.value
  }

  return { settings, load, save }
})
