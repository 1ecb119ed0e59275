/**
 * The browser mode's per-launch token arrives in the launch URL (`#token=…`). It is kept in
 * sessionStorage so the hash router can own the hash, and removed from the address bar so it is
 * not left in history or copied along with a screen's address.
 */
const storageKey = 'spotcheck-token'

export function captureAccessToken(): void {
  const match = /^#token=([\w-]+)$/.exec(window.location.hash)
  if (!match) return
  sessionStorage.setItem(storageKey, match[1])
  window.history.replaceState(null, '', window.location.pathname + window.location.search)
}

export function accessToken(): string | null {
  return sessionStorage.getItem(storageKey)
}
