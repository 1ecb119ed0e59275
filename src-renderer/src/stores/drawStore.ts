import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  DrawCommitmentDto,
  DrawDefaultsDto,
  InspectorDrawRunInput,
  DrawPreviewDto,
  DrawRunInput,
  DrawSettingsInput,
  ReplaceInspectorInput,
  TaskDrawsDto
} from '@shared/domain/drawSession'
import type { TaskDto } from '@shared/domain/tasks'
import { api } from '@renderer/api/apiClient'
import { saveBase64File } from '@renderer/download/saveBase64File'

/**
 * The 摇号 screen of one task (issues 4 and 8): targets (preview, commitment, draw), 确认锁定并下发,
 * inspectors under their own commitment, history, replacements, exports.
 */
export const useDrawStore = defineStore('draw', () => {
  const task = ref<TaskDto | null>(null)
  const draws = ref<TaskDrawsDto>({
    current: null,
    status: '草拟',
    lockedAt: null,
    visitsWithoutGroup: 0,
    validNotices: 0,
    history: [],
    pendingCommitment: null,
    pendingInspectorCommitment: null
  })
  const inspectorCommitment = ref<DrawCommitmentDto | null>(null)
  const defaults = ref<DrawDefaultsDto | null>(null)
  const preview = ref<DrawPreviewDto | null>(null)
  const commitment = ref<DrawCommitmentDto | null>(null)
  const busy = ref(false)

  async function open(taskId: number): Promise<void> {
    task.value = await api.call('tasks:get', { id: taskId })
    draws.value = await api.call('draw:taskDraws', { taskId })
    commitment.value = draws.value.pendingCommitment
    inspectorCommitment.value = draws.value.pendingInspectorCommitment
    preview.value = commitment.value?.preview ?? null
    defaults.value = await api.call('draw:defaults', { taskId })
  }

  async function refreshTask(): Promise<void> {
    if (task.value) task.value = await api.call('tasks:get', { id: task.value.id })
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
      inspectorCommitment.value = null
    })
    await refreshTask()
  }

  /** 确认锁定并下发 (004 §(十九)), then the 抽查任务公告 saved at once: one click for the clerk. */
  async function lock(): Promise<void> {
    const taskId = task.value!.id
    await withBusy(async () => {
      draws.value = await api.call('draw:lock', { taskId })
      const file = await api.call('draw:exportAnnouncement', { taskId })
      saveBase64File(file.base64, file.fileName)
    })
  }

  async function commitInspectors(): Promise<void> {
    const taskId = task.value!.id
    await withBusy(async () => {
      inspectorCommitment.value = await api.call('draw:commitInspectors', { taskId })
    })
  }

  async function runInspectors(input: Omit<InspectorDrawRunInput, 'commitmentId'>): Promise<void> {
    if (!inspectorCommitment.value) return
    const commitmentId = inspectorCommitment.value.id
    await withBusy(async () => {
      draws.value = await api.call('draw:runInspectors', { ...input, commitmentId })
      inspectorCommitment.value = null
    })
    await refreshTask()
  }

  async function exportTaskDocument(kind: 'announcement' | 'groups'): Promise<void> {
    const taskId = task.value!.id
    const file = await withBusy(() => api.call(kind === 'announcement' ? 'draw:exportAnnouncement' : 'draw:exportGroups', { taskId }))
    saveBase64File(file.base64, file.fileName)
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

  return {
    task,
    draws,
    preview,
    commitment,
    inspectorCommitment,
    defaults,
    busy,
    open,
    runPreview,
    commit,
    run,
    lock,
    commitInspectors,
    runInspectors,
    exportTaskDocument,
    commitReplacement,
    replace,
    exportFile
  }
})
