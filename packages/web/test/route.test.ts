import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatRoute, highlightTypes, homeRoute, parseRoute, type Route } from '../src/lib/route.js'

const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
const offset = fc.nat({ max: 999_999_999 })
const readerOptions = fc.record(
  {
    mention: offset,
    sentence: offset,
    entity: word,
    hidden: fc.subarray([...highlightTypes]),
    diagnostics: fc.boolean(),
  },
  { requiredKeys: ['hidden', 'diagnostics'] },
)
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.record(
    {
      page: fc.constant('articles' as const),
      query: fc.string({ unit: 'grapheme', maxLength: 40 }),
      entity: word,
    },
    { requiredKeys: ['page', 'query'] },
  ),
  fc.tuple(word, readerOptions).map(([id, options]): Route => ({ page: 'article', id, ...options })),
  readerOptions.map((options): Route => ({ page: 'paste', ...options })),
  fc.constantFrom<Route>({ page: 'money' }, { page: 'speech' }),
)

describe('parseRoute', () => {
  it('should read an empty hash, "#" and "#/" as the article list', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual(homeRoute)
  })

  it('should read a search permalink with its query decoded', () => {
    expect(parseRoute('#/search/enclave%20economy')).toEqual({ page: 'articles', query: 'enclave economy' })
  })

  it('should read a ?q= query string when the hash is empty', () => {
    expect(parseRoute('', '?q=port%20city')).toEqual({ page: 'articles', query: 'port city' })
    expect(parseRoute('#/money', '?q=port')).toEqual({ page: 'money' })
  })

  it('should read an entity facet, alone and after a search', () => {
    expect(parseRoute('#/entity/person%3AZhou%20Minghua')).toEqual({
      page: 'articles',
      query: '',
      entity: 'person:Zhou Minghua',
    })
    expect(parseRoute('#/search/port/entity/place%3AHarbin')).toEqual({
      page: 'articles',
      query: 'port',
      entity: 'place:Harbin',
    })
  })

  it('should read a mention permalink as the mention that starts at that offset', () => {
    expect(parseRoute('#/a/007_harbin/m/130')).toEqual({
      page: 'article',
      id: '007_harbin',
      mention: 130,
      hidden: [],
      diagnostics: false,
    })
  })

  it('should read every reader option in any order', () => {
    expect(parseRoute('#/a/x/diagnostics/hide/money,place/entity/person%3ALi/s/4')).toEqual({
      page: 'article',
      id: 'x',
      sentence: 4,
      entity: 'person:Li',
      hidden: ['place', 'money'],
      diagnostics: true,
    })
  })

  it('should leave out what it cannot read instead of failing', () => {
    expect(parseRoute('#/a/x/m/twelve/hide/colour,person/s')).toEqual({
      page: 'article',
      id: 'x',
      hidden: ['person'],
      diagnostics: false,
    })
    expect(parseRoute('#/search/100%')).toEqual({ page: 'articles', query: '100%' })
    expect(parseRoute('#/nowhere/at/all')).toEqual({ page: 'not-found', path: '/nowhere/at/all' })
    expect(parseRoute('#/a/')).toEqual({ page: 'not-found', path: '/a/' })
  })

  it('should never throw, whatever the address bar holds', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 50 }),
        (hash, search) => {
          expect(parseRoute(hash, search).page).toBeTypeOf('string')
        },
      ),
    )
  })
})

describe('formatRoute', () => {
  it('should write the canonical permalink of each page', () => {
    expect(formatRoute({ page: 'articles', query: '' })).toBe('#/')
    expect(formatRoute({ page: 'articles', query: 'enclave economy' })).toBe('#/search/enclave%20economy')
    expect(formatRoute({ page: 'articles', query: '', entity: 'place:Harbin' })).toBe(
      '#/entity/place%3AHarbin',
    )
    expect(
      formatRoute({
        page: 'article',
        id: 'a/b',
        mention: 12,
        hidden: ['money', 'person'],
        diagnostics: true,
      }),
    ).toBe('#/a/a%2Fb/m/12/hide/person,money/diagnostics')
    expect(formatRoute({ page: 'paste', sentence: 0, hidden: [], diagnostics: false })).toBe('#/paste/s/0')
  })

  it('should give back the same route when its permalink is read again', () => {
    fc.assert(
      fc.property(route, (value) => {
        expect(parseRoute(formatRoute(value))).toEqual(value)
      }),
    )
  })

  it('should write a lone surrogate as U+FFFD instead of throwing', () => {
    expect(parseRoute(formatRoute({ page: 'articles', query: 'a\uD800b' }))).toEqual({
      page: 'articles',
      query: 'a\uFFFDb',
    })
  })
})
