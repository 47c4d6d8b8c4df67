/** The Russian catalogue. */
export const ru = {} as const
