const mimeTypes: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  zip: 'application/zip'
}

/**
 * Hands bytes the service built to the browser as a download named `fileName` (in Electron the
 * download shows a save dialog).
 */
export function saveBase64File(base64: string, fileName: string): void {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const extension = fileName.split('.').pop()?.toLowerCase() ?? ''
  const blob = new Blob([bytes], { type: mimeTypes[extension] ?? 'application/octet-stream' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The download has started by now; give it a moment before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
