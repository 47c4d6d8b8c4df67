import type { ApiResult } from '../../shared/api/errors'

/** A call's value, or the test fails with the error's code and message (so a refusal reads as one). */
export function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

/** A valid 1x1 PNG, the smallest photo a test can attach. */
export const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db40000000049454e44ae426082',
  'hex',
)
