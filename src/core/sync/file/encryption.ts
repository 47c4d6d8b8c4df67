import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { AppError } from '../../../shared/api/errors'

/**
 * Passphrase encryption of a whole sync file: scrypt (memory-hard) derives an AES-256-GCM key.
 * Layout: MAGIC | u32 header length | header JSON | ciphertext | 16-byte tag. The header is
 * authenticated too (AAD), so changing the KDF parameters breaks the tag.
 */
const MAGIC = Buffer.from('RRSYNC-ENC1\n')
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 ** 2 }
const TAG_BYTES = 16

interface Header {
  kdf: 'scrypt'
  N: number
  r: number
  p: number
  salt: string
  iv: string
}

export function isEncrypted(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC)
}

export function encrypt(plain: Uint8Array, passphrase: string): Buffer {
  const header: Header = { kdf: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: randomBytes(16).toString('base64'), iv: randomBytes(12).toString('base64') }
  const headerBytes = Buffer.from(JSON.stringify(header))
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, header), Buffer.from(header.iv, 'base64'))
  cipher.setAAD(headerBytes)
  const length = Buffer.alloc(4)
  length.writeUInt32BE(headerBytes.length)
  return Buffer.concat([MAGIC, length, headerBytes, cipher.update(plain), cipher.final(), cipher.getAuthTag()])
}

export function decrypt(bytes: Uint8Array, passphrase: string | undefined): Buffer {
  if (passphrase === undefined || passphrase === '') {
    throw new AppError('sync.passphrase_required', 'This sync file is encrypted: give its passphrase')
  }
  const data = Buffer.from(bytes)
  const headerStart = MAGIC.length + 4
  if (data.length < headerStart + TAG_BYTES) throw new AppError('sync.invalid_file', 'The encrypted sync file is truncated or damaged. Nothing was changed.')
  const headerLength = data.readUInt32BE(MAGIC.length)
  if (headerLength > 4096 || headerStart + headerLength + TAG_BYTES > data.length) {
    throw new AppError('sync.invalid_file', 'The encrypted sync file is truncated or damaged')
  }
  const headerBytes = data.subarray(headerStart, headerStart + headerLength)
  const header = parseHeader(headerBytes)
  const body = data.subarray(headerStart + headerLength, data.length - TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, header), Buffer.from(header.iv, 'base64'))
  decipher.setAAD(headerBytes)
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES))
  try {
    return Buffer.concat([decipher.update(body), decipher.final()])
  } catch {
    throw new AppError('sync.wrong_passphrase', 'Wrong passphrase, or the encrypted file was altered')
  }
}

function parseHeader(bytes: Uint8Array): Header {
  try {
    const header = JSON.parse(Buffer.from(bytes).toString('utf8')) as Header
    if (header.kdf === 'scrypt' && header.N === SCRYPT.N && header.r === SCRYPT.r && header.p === SCRYPT.p) return header
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('sync.invalid_file', 'The encrypted sync file has an unknown or damaged header')
}

function deriveKey(passphrase: string, header: Header): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(header.salt, 'base64'), 32, SCRYPT)
}
