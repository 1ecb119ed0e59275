import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  DrawCommitmentDto,
  DrawPreviewDto,
  DrawRunInput,
  DrawSettingsInput,
  ReplaceInspectorInput,
  TaskDrawsDto
} from '@shared/domain/drawSession'
import type { TaskDto } from '@shared/domain/tasks'
import { api } from '@renderer/api/apiClient'
import { saveBase64File } from '@renderer/download/saveBase64File'

/** The 摇号 screen of one task (issue 4): preview, commitment, draw, history, replacements, exports. */
export const useDrawStore = defineStore('draw', () => {
  const task = ref<TaskDto | null>(null)
  const draws = ref<TaskDrawsDto>({ current: null, history: [], pendingCommitment: null })
  const preview = ref<DrawPreviewDto | null>(null)
  const commitment = ref<DrawCommitmentDto | null>(null)
  const busy = ref(false)

  async function open(taskId: number): Promise<void> {
    task.value = await api.call('tasks:get', { id: taskId })
    draws.value = await api.call('draw:taskDraws', { taskId })
    commitment.value = draws.value.pendingCommitment
    preview.value = commitment.value?.preview ?? null
  }

  async function withBusy<T>(action: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      return await action()
    } finally {
      busy.value = false
    }
  }

  async function runPreview(settings: DrawSettingsInput): Promise<void> {
    await withBusy(async () => {
      preview.value = await api.call('draw:preview', settings)
      commitment.value = null
    })
  }

  async function commit(settings: DrawSettingsInput): Promise<void> {
    await withBusy(async () => {
      commitment.value = await api.call('draw:commit', settings)
      preview.value = commitment.value.preview
    })
  }

  async function run(input: Omit<DrawRunInput, 'commitmentId'>): Promise<void> {
    if (!commitment.value) return
    const commitmentId = commitment.value.id
    await withBusy(async () => {
      draws.value = await api.call('draw:run', { ...input, commitmentId })
      commitment.value = null
    })
  }

  async function commitReplacement(): Promise<DrawCommitmentDto> {
    return api.call('draw:commitReplacement', { taskId: task.value!.id })
  }

  async function replace(input: ReplaceInspectorInput): Promise<void> {
    draws.value = await api.call('draw:replaceInspector', input)
  }

  async function exportFile(kind: 'proof' | 'record' | 'results', drawId: number): Promise<void> {
    const channel = kind === 'proof' ? 'draw:exportProof' : kind === 'record' ? 'draw:exportRecord' : 'draw:exportResults'
    const file = await withBusy(() => api.call(channel, { drawId }))
    saveBase64File(file.base64, file.fileName)
  }

  return { task, draws, preview, commitment, busy, open, runPreview, commit, run, commitReplacement, replace, exportFile }
})
