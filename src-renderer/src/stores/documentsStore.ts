import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ChannelInput } from '@shared/contract'
import type { DocumentCheckDto, DocumentOptionsDto, IssuedDocumentDto } from '@shared/domain/documentCatalog'
import type { OfficeKeyDto, VerificationDto } from '@shared/domain/verification'
import { api } from '@renderer/api/apiClient'

export type DocumentRequestInput = ChannelInput<'documents:issue'>

/** 文书中心 (issue 9): parameter choices, preview, issue, the 文书登记簿, the office key and 核验. */
export const useDocumentsStore = defineStore('documents', () => {
  const options = ref<DocumentOptionsDto>({ meetings: [], years: [], draws: [], tasks: [], notices: [] })
  const register = ref<IssuedDocumentDto[]>([])
  const registerLoading = ref(false)
  const officeKey = ref<OfficeKeyDto | null>(null)

  async function loadOptions(): Promise<void> {
    options.value = await api.call('documents:options')
  }

  async function loadRegister(search = ''): Promise<void> {
    registerLoading.value = true
    try {
      register.value = await api.call('documents:register', { search, limit: 500 })
    } finally {
      registerLoading.value = false
    }
  }

  const preview = (request: DocumentRequestInput) => api.call('documents:preview', request)
  const issue = (request: DocumentRequestInput) => api.call('documents:issue', request)
  const progress = (jobId: string) => api.call('documents:progress', { jobId })
  const cancel = (jobId: string) => api.call('documents:cancel', { jobId })
  const verify = (text: string): Promise<VerificationDto> => api.call('verify:notice', { text })

  async function check(file: File): Promise<DocumentCheckDto> {
    return api.call('documents:check', { base64: await fileToBase64(file), fileName: file.name })
  }

  async function loadKey(): Promise<void> {
    officeKey.value = await api.call('keys:public')
  }

  const exportKeyNotice = () => api.call('keys:exportNotice')

  return { options, register, registerLoading, officeKey, loadOptions, loadRegister, preview, issue, progress, cancel, verify, check, loadKey, exportKeyNotice }
})

/** A file the clerk chose, base64 for the contract (chunked: a long spread would overflow the stack). */
async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
