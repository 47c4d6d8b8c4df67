import { describe, expect, it } from 'vitest'
import { base64ToBlob } from './files'

describe('base64ToBlob', () => {
  it('decodes every byte, across the steps it decodes in', async () => {
    const bytes = new Uint8Array(1_100_000).map((_, i) => (i * 7919) % 256)
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    const blob = base64ToBlob(btoa(binary), 'application/octet-stream')
    const decoded = new Uint8Array(await blob.arrayBuffer())
    expect(decoded.length).toBe(bytes.length)
    expect(decoded.findIndex((byte, i) => byte !== bytes[i])).toBe(-1)
  })

  it('turns an empty text into an empty file', () => {
    expect(base64ToBlob('', 'text/plain').size).toBe(0)
  })
})
