import type { z } from 'zod'

/** One API method: the schemas its input and output must satisfy. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** True when the call changes the library; hosts then announce `library.changed`. */
  mutates?: boolean
}

/** Identity helper that keeps each method's literal schema types for inference. */
export function defineMethods<T extends Record<string, MethodSpec>>(methods: T): T {
  return methods
}
