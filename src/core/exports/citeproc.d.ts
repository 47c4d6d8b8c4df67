/** The part of citeproc-js (npm `citeproc`, CommonJS) that the exporter uses. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string
    retrieveItem(id: string): unknown
  }
  interface CitationItem {
    id: string
    locator?: string
    label?: string
  }
  interface Citation {
    citationID: string
    citationItems: CitationItem[]
    properties: { noteIndex: number }
  }
  type CitationRef = [string, number]
  interface Engine {
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void
    updateItems(ids: string[]): void
    processCitationCluster(
      citation: Citation,
      pre: CitationRef[],
      post: CitationRef[],
    ): [{ bibchange: boolean; citation_errors: unknown[] }, Array<[number, string, string]>]
    makeBibliography(): false | [{ entry_ids: string[][] }, string[]]
  }
  const CSL: {
    Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine
    PROCESSOR_VERSION: string
  }
  export default CSL
}
