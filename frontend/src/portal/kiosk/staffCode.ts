// The staff screen must open offline too, so the kiosk keeps a salted SHA-256 of the unlock code (never the code).
export async function hashStaffCode(kioskToken: string, code: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${kioskToken}:${code.trim()}`)
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
