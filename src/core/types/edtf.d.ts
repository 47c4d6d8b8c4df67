/** The part of the `edtf` package (no bundled types) that the core uses. */
declare module 'edtf' {
  interface Edtf {
    /** EDTF type: `Date`, `Year`, `Season`, `Interval`, `Set`, `List`, … */
    readonly type: string
    /** 1 year, 2 month, 3 day (for Date). */
    readonly precision?: number
    /** Earliest and latest instant covered, in epoch milliseconds (UTC). */
    readonly min: number
    readonly max: number
    toEDTF(): string
  }
  export default function edtf(text: string, options?: { level?: 0 | 1 | 2 }): Edtf
}
