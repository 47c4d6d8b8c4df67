/** The Chinese (simplified) catalogue. */
export const zhHans = {} as const
