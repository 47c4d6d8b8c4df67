/**
 * Writes a PDF as a scanner does: one JPEG per page, drawn to fill the page. Enough of the PDF
 * format (objects, a cross-reference table, a trailer) for any reader; tests of the importer
 * build their scans with it.
 */
export function scanPdf(pages: Array<{ jpeg: Buffer; width: number; height: number }>): Buffer {
  const chunks: Buffer[] = []
  const offsets: number[] = []
  let length = 0
  const write = (part: string | Buffer) => {
    const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : part
    chunks.push(buffer)
    length += buffer.length
  }
  const object = (id: number, body: () => void) => {
    offsets[id] = length
    write(`${id} 0 obj\n`)
    body()
    write('\nendobj\n')
  }
  write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
  const pageIds = pages.map((_, i) => 3 + i * 3)
  object(1, () => write('<< /Type /Catalog /Pages 2 0 R >>'))
  object(2, () => write(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`))
  pages.forEach((page, i) => {
    const [pageId, imageId, contentId] = [pageIds[i]!, pageIds[i]! + 1, pageIds[i]! + 2]
    // 72 points per inch; the scan is taken as 300 dpi.
    const [w, h] = [(page.width * 72) / 300, (page.height * 72) / 300].map((v) => v.toFixed(2))
    object(pageId, () =>
      write(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`),
    )
    object(imageId, () => {
      write(`<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`)
      write(page.jpeg)
      write('\nendstream')
    })
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`
    object(contentId, () => write(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`))
  })
  const xref = length
  const count = 3 + pages.length * 3
  write(`xref\n0 ${count}\n0000000000 65535 f \n`)
  for (let id = 1; id < count; id++) write(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`)
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  return Buffer.concat(chunks)
}
