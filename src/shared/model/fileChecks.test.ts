import { describe, expect, it } from 'vitest'
import { fileKind, polyglotProblem, safeFileName, typeDisagreement } from './fileChecks'

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...Array(200).fill(7), 0xff, 0xd9])
const bytes = (...parts: Array<Uint8Array | string>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])))

describe('fileKind', () => {
  it.each([
    [bytes('\0\0\0\u0018ftypheic\0\0\0\0mif1heic'), 'heic'],
    [bytes('\0\0\0\u0018ftypmif1\0\0\0\0heic'), 'heic'],
    [bytes('%PDF-1.7\n'), 'pdf'],
    [JPEG, 'jpeg'],
    [bytes('\0\0\0\u0018ftypisom'), undefined],
  ])('reads the kind from the first bytes (%#)', (data, kind) => {
    expect(fileKind(data)).toBe(kind)
  })
})

describe('typeDisagreement', () => {
  it('refuses a name or declared type of another kind of file, and lets an image named as another image pass', () => {
    expect(typeDisagreement('page.html', undefined, 'jpeg')).toBe('is named .html but holds a JPEG image')
    expect(typeDisagreement('scan.jpg', undefined, 'pdf')).toBe('is named .jpg but is a PDF')
    expect(typeDisagreement('IMG_1.JPG', 'text/html', 'jpeg')).toBe('is declared as text/html but holds a JPEG image')
    expect(typeDisagreement('IMG_1.PNG', 'image/png', 'jpeg')).toBeUndefined()
    expect(typeDisagreement('IMG_1', 'application/octet-stream', 'heic')).toBeUndefined()
  })
})

describe('polyglotProblem', () => {
  it('finds an archive or a page hidden in an image, at its start or end', () => {
    expect(polyglotProblem(bytes(JPEG, 'PK\u0005\u0006' + '\0'.repeat(18)), 'jpeg')).toBe('is also a ZIP archive')
    expect(polyglotProblem(bytes(JPEG.subarray(0, 20), '<SCRIPT>alert(1)</SCRIPT>', JPEG.subarray(20)), 'jpeg')).toBe('is also a script')
    expect(polyglotProblem(JPEG, 'jpeg')).toBeUndefined()
  })

  it('looks in the first 4 KB and the last 64 KB only, among many bytes that start a marker', () => {
    // A large photo whose compressed data is full of 'P' and '<', the first bytes of markers.
    const photo = (at: number, marker: string) => {
      const data = bytes(JPEG.subarray(0, 4), 'P<'.repeat(100_000))
      data.set(bytes(marker), at)
      return data
    }
    expect(polyglotProblem(photo(4096 - 4, 'PK\u0003\u0004'), 'jpeg')).toBe('is also a ZIP archive')
    expect(polyglotProblem(photo(4096 - 3, 'PK\u0003\u0004'), 'jpeg')).toBeUndefined()
    expect(polyglotProblem(photo(100_000, '<svg'), 'jpeg')).toBeUndefined()
    expect(polyglotProblem(photo(200_004 - 5, '<svg>'), 'jpeg')).toBe('is also an SVG drawing')
    expect(polyglotProblem(photo(200_004 - 65_536, '<HTML'), 'jpeg')).toBe('is also a web page')
  })

  it('finds scripts and launch actions in a PDF, outside its streams only', () => {
    expect(polyglotProblem(bytes('%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj'), 'pdf')).toBe('contains JavaScript')
    expect(polyglotProblem(bytes('%PDF-1.4\n1 0 obj << /S /Launch /F (calc.exe) >> endobj'), 'pdf')).toBe('contains an action that starts programs')
    expect(polyglotProblem(bytes('%PDF-1.4\n1 0 obj << /Length 9 >>\nstream\n/JS /Launch\nendstream endobj'), 'pdf')).toBeUndefined()
    expect(polyglotProblem(bytes('%PDF-1.4\n1 0 obj << /JSomething 1 >> endobj'), 'pdf')).toBeUndefined()
  })
})

describe('safeFileName', () => {
  it('drops direction overrides, controls and folders', () => {
    expect(safeFileName('invoice\u202Egpj.exe')).toBe('invoicegpj.exe')
    expect(safeFileName('C:\\Users\\me\\photo\u0000 1.jpg')).toBe('photo 1.jpg')
    expect(safeFileName('\u2067\u2069')).toBe('unnamed file')
  })
})
