import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectReferenceScheme, parseReference } from './parseReference'

describe('PRC Foreign Ministry file numbers', () => {
  it('strips the archive prefix and keeps pages out of the key (S1)', () => {
    expect(parseReference('外交部档案馆 106-00999-01', 'prc-fma-archive')).toEqual({
      scheme: 'prc-fma',
      reference_parsed: { quanzong: '106', juan: '00999', jian: '01' },
      reference_key: 'prc-fma|106-00999-01',
    })
  })

  it('zero-pads the file and item numbers so unpadded and padded forms meet (S6)', () => {
    const colleague = parseReference('106-777-02', 'prc-fma-archive')
    const wilson = parseReference('PRC FMA 106-00777-02, 5-9', 'prc-fma-archive')
    expect(colleague.reference_key).toBe('prc-fma|106-00777-02')
    expect(wilson.reference_key).toBe('prc-fma|106-00777-02')
    expect(wilson.pages).toBe('5-9')
  })

  it.each([
    ['档号：106-01379-13，第16–19页', '16-19'],
    ['CFMA 106－01379－13, pp. 16—19', '16-19'],
    ['ＰＲＣ ＦＭＡ １０６-０１３７９-１３', undefined],
    ['外交部档案馆 档号 106‑01379‑13', undefined],
  ])('reads %s', (raw, pages) => {
    const parsed = parseReference(raw, 'prc-fma-archive')
    expect(parsed.reference_key).toBe('prc-fma|106-01379-13')
    expect(parsed.pages).toBe(pages)
  })

  it('falls back to the generic key when the text is not a file number', () => {
    expect(parseReference('Box 3, folder "Korea"', 'prc-fma-archive')).toEqual({
      scheme: 'generic',
      reference_parsed: {},
      reference_key: 'generic|box 3, folder "korea"',
    })
  })
})

describe('Russian archives', () => {
  it('gives Cyrillic and Latin forms of one AVPRF file the same key (S2)', () => {
    const cyrillic = parseReference('АВП РФ, ф. 0102, оп. 12, п. 68, д. 5, л. 201–203', 'avprf')
    const latin = parseReference('AVPRF F. 0102, Op. 12, P. 68, Delo 5, Listy 201-203', 'avprf')
    expect(cyrillic.reference_parsed).toEqual({
      fond: '0102',
      opis: '12',
      papka: '68',
      delo: '5',
      list: '201-203',
    })
    expect(cyrillic.reference_key).toBe('avprf|f0102|op12|p68|d5')
    expect(latin.reference_key).toBe('avprf|f0102|op12|p68|d5')
    expect(latin.pages).toBe('201-203')
  })

  it('reads the lowercase "pp." variant at AVPRF as leaves, not a folder', () => {
    const parsed = parseReference('AVPRF f. 0102, op. 23, p. 112, d. 24, pp. 13-23', 'avprf')
    expect(parsed.reference_key).toBe('avprf|f0102|op23|p112|d24')
    expect(parsed.pages).toBe('13-23')
  })

  it('folds a Cyrillic "с" in a GARF inventory onto the Latin "c" (S2 homoglyph sub-test)', () => {
    const cyrillic = parseReference('ГАРФ, ф. 5446, оп. 98с, д. 718, л. 12–16', 'garf')
    const latin = parseReference('GARF, Fond 5446, Opis 98c, Delo 718, Listy 12-16', 'garf')
    expect(cyrillic.reference_key).toBe('garf|f5446|op98c|d718')
    expect(latin.reference_key).toBe(cyrillic.reference_key)
    expect(cyrillic.reference_parsed.opis).toBe('98с')
  })

  it('treats "p." outside AVPRF as a page, since only AVPRF has folders', () => {
    expect(parseReference('RGANI, Fond 5, Opis 28, Delo 410, List 319', 'rgani').reference_key).toBe(
      'rgani|f5|op28|d410',
    )
    const parsed = parseReference('RGANI f. 5, op. 28, d. 410, p. 319', 'rgani')
    expect(parsed.reference_key).toBe('rgani|f5|op28|d410')
    expect(parsed.pages).toBe('319')
  })

  it('detects the repository from the prefix when none was chosen', () => {
    expect(detectReferenceScheme('АВП РФ, ф. 0102')).toEqual({
      scheme: 'russian-archive',
      repository_id: 'avprf',
    })
    expect(parseReference('РГАНИ, ф. 5, оп. 28, д. 410').reference_key).toBe('rgani|f5|op28|d410')
  })
})

describe('other schemes', () => {
  it('reads Chinese provincial four-part codes and keeps the province in the key', () => {
    const hebei = parseReference(
      'Hebei Provincial Archives, 855-10-80-9, 110-125',
      'chinese-provincial-archives',
    )
    expect(hebei.reference_key).toBe('cn-provincial|hebei|855-10-80-9')
    expect(hebei.pages).toBe('110-125')
    expect(parseReference('河北省档案馆 855-10-80-9', 'chinese-provincial-archives').reference_key).toBe(
      hebei.reference_key,
    )
    expect(parseReference('2047-3-112-6', 'chinese-provincial-archives').reference_parsed).toEqual({
      quanzong: '2047',
      mulu: '3',
      anjuan: '112',
      jian: '6',
    })
  })

  it('reads ROK classification and registration numbers and drops asides (S3)', () => {
    const parsed = parseReference('분류번호 725.1CP / 등록번호 0000 (FX)', 'rok-diplomatic-archives')
    expect(parsed.reference_parsed).toEqual({ classification_number: '725.1CP', registration_number: '0000' })
    expect(parsed.reference_key).toBe('rok-mofa|cls:725.1cp|reg:0000')
    expect(
      parseReference('Classification No. 725.1CP, Registration No. 0000', 'rok-diplomatic-archives')
        .reference_key,
    ).toBe(parsed.reference_key)
  })

  it('reads CREST document numbers, tolerating spaces around dashes', () => {
    const parsed = parseReference('CREST: CIA-RDP81-01036R000100120041-3', 'cia-crest')
    expect(parsed.reference_key).toBe('cia-crest|cia-rdp81-01036r000100120041-3')
    expect(parseReference('cia-rdp81 – 01036R000100120041-3', 'cia-crest').reference_key).toBe(
      parsed.reference_key,
    )
  })

  it('canonicalizes Wilson Center records to the numeric id (S6)', () => {
    expect(
      parseReference('https://digitalarchive.wilsoncenter.org/document/999001', 'wilson-digital-archive'),
    ).toMatchObject({ reference_key: 'wilson|999001', reference_parsed: { record_id: '999001' } })
    expect(parseReference('999001', 'wilson-digital-archive').reference_key).toBe('wilson|999001')
    expect(
      parseReference('/document/fx-record-of-conversation-1963', 'wilson-digital-archive').reference_key,
    ).toBe('wilson|slug:fx-record-of-conversation-1963')
  })

  it('never gives an [unknown] reference a key another finding could share', () => {
    expect(parseReference(' [unknown] ', 'avprf')).toEqual({
      scheme: 'unknown',
      reference_parsed: {},
      reference_key: null,
    })
  })
})

describe('properties', () => {
  const dashes = fc.constantFrom('-', '‐', '‑', '–', '—', '−', '－')
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${n}}$`))

  it('FMA keys ignore the dash style and the zero padding', () => {
    fc.assert(
      fc.property(digits(3), digits(5), digits(2), dashes, dashes, (fond, file, item, d1, d2) => {
        const plain = parseReference(`${fond}-${file}-${item}`, 'prc-fma-archive').reference_key
        const styled = parseReference(
          `PRC FMA ${fond.padStart(3, '0')}${d1}${file}${d2}${item}`,
          'prc-fma-archive',
        )
        expect(styled.reference_key).toBe(plain)
      }),
    )
  })

  it('parsing never throws and is deterministic for any text and repository', () => {
    const repositories = fc.constantFrom(
      undefined,
      'prc-fma-archive',
      'avprf',
      'garf',
      'rok-diplomatic-archives',
      'x',
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), repositories, (raw, repository) => {
        expect(parseReference(raw, repository)).toEqual(parseReference(raw, repository))
      }),
    )
  })
})
