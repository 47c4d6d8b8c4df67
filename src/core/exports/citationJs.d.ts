/** The part of citation-js (npm `@citation-js/core`, CommonJS, untyped) that the exporter uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string })
    data: unknown[]
    format(format: string, options?: Record<string, unknown>): unknown
  }
  export const plugins: { config: { get(name: string): unknown } }
}
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
