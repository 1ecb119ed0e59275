import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BulkResultDto, SelectionPreviewDto, SpecialDirectoryDto, SpecialDirectoryInput, TargetSelectionInput } from '@shared/domain/specialDirectories'
import { api } from '@renderer/api/apiClient'

/** 分类专项名录库 (seeds/004 §(十)) and 标签化管理 (seeds/003 §二(一)) on the target directory. */
export const useSpecialDirectoriesStore = defineStore('specialDirectories', () => {
  const list = ref<SpecialDirectoryDto[]>([])

  async function load(): Promise<void> {
    list.value = await api.call('specialDirectories:list')
  }

  async function create(input: SpecialDirectoryInput): Promise<SpecialDirectoryDto> {
    const created = await api.call('specialDirectories:create', input)
    await load()
    return created
  }

  async function update(id: number, input: SpecialDirectoryInput): Promise<SpecialDirectoryDto> {
    const updated = await api.call('specialDirectories:update', { ...input, id })
    await load()
    return updated
  }

  function previewAdd(directoryId: number, selection: TargetSelectionInput): Promise<SelectionPreviewDto> {
    return api.call('specialDirectories:previewAdd', { directoryId, selection })
  }

  async function addTargets(directoryId: number, selection: TargetSelectionInput): Promise<BulkResultDto> {
    const result = await api.call('specialDirectories:addTargets', { directoryId, selection })
    await load()
    return result
  }

  async function removeTargets(directoryId: number, selection: TargetSelectionInput): Promise<BulkResultDto> {
    const result = await api.call('specialDirectories:removeTargets', { directoryId, selection })
    await load()
    return result
  }

  function previewTags(selection: TargetSelectionInput, add: string[], remove: string[]): Promise<SelectionPreviewDto> {
    return api.call('directory:previewTagEdit', { selection, add, remove })
  }

  function editTags(selection: TargetSelectionInput, add: string[], remove: string[]): Promise<BulkResultDto> {
    return api.call('directory:editTags', { selection, add, remove })
  }

  return { list, load, create, update, previewAdd, addTargets, removeTargets, previewTags, editTags }
})
