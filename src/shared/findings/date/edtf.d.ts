/** The parts of the `edtf` package (v4, no bundled types) that the workbench uses. */
declare module 'edtf' {
  /** A parse tree node as returned by `parse`: values are numbers, nested nodes or [from, to] pairs. */
  export interface EdtfNode {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'Set' | 'List'
    level: number
    values: unknown[]
    approximate?: boolean | number
    uncertain?: boolean | number
    unspecified?: number
    earlier?: boolean
    later?: boolean
  }
  /** An extended date: `min`/`max` are epoch milliseconds (±Infinity or null when open or unknown). */
  export interface EdtfValue {
    type: EdtfNode['type']
    edtf: string
    min: number | null
    max: number | null
  }
  export interface Constraints {
    level?: number
    types?: string[]
    seasonIntervals?: boolean
    seasonUncertainty?: boolean
  }
  export default function edtf(input: string | EdtfNode, constraints?: Constraints): EdtfValue
  export function parse(input: string, constraints?: Constraints): EdtfNode
}
