/** The Korean catalogue. */
export const ko = {} as const
