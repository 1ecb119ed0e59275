import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { IssuedFileDto } from '@shared/dashboard'
import type { DecisionDto, DecisionInput, MeetingDto, MeetingInput, MeetingSummaryDto } from '@shared/domain/meetings'
import { api } from '@renderer/api/apiClient'

/** 联席会议 and 议定事项 (issue 5 §2–§4). */
export const useMeetingsStore = defineStore('meetings', () => {
  const list = ref<MeetingSummaryDto[]>([])
  const current = ref<MeetingDto | null>(null)
  const board = ref<DecisionDto[]>([])
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      list.value = await api.call('meetings:list')
    } finally {
      loading.value = false
    }
  }

  async function open(id: number): Promise<void> {
    loading.value = true
    try {
      current.value = await api.call('meetings:get', { id })
    } finally {
      loading.value = false
    }
  }

  async function loadBoard(includeDone: boolean): Promise<void> {
    loading.value = true
    try {
      board.value = await api.call('meetings:decisionsBoard', { includeDone })
    } finally {
      loading.value = false
    }
  }

  async function create(input: MeetingInput): Promise<MeetingDto> {
    const created = await api.call('meetings:create', input)
    await load()
    return created
  }

  async function update(id: number, input: MeetingInput): Promise<MeetingDto> {
    current.value = await api.call('meetings:update', { ...input, id })
    return current.value
  }

  async function addDecision(meetingId: number, input: DecisionInput): Promise<DecisionDto> {
    const decision = await api.call('meetings:addDecision', { ...input, meetingId })
    await open(meetingId)
    return decision
  }

  async function updateDecision(id: number, input: DecisionInput): Promise<DecisionDto> {
    return api.call('meetings:updateDecision', { ...input, id })
  }

  async function addProgress(decisionId: number, date: string, note: string): Promise<DecisionDto> {
    return api.call('meetings:addProgress', { decisionId, date, note })
  }

  /** issue 5 §6: the meeting documents, built and registered by the service. */
  function exportDocument(kind: 'minutes' | 'notice' | 'decisionsReport', meetingId?: number): Promise<IssuedFileDto> {
    if (kind === 'decisionsReport') return api.call('meetings:exportDecisionsReport')
    return api.call(kind === 'minutes' ? 'meetings:exportMinutes' : 'meetings:exportNotice', { meetingId: meetingId! })
  }

  return { list, current, board, loading, load, open, loadBoard, create, update, addDecision, updateDecision, addProgress, exportDocument }
})
