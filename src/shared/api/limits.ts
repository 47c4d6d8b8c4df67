/** Largest request body the browser host accepts; bigger bodies get 413 before parsing. */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024
