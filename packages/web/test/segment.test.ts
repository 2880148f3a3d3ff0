import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Mark, type Segment, segmentText } from '../src/lib/segment.js'

// A segment tree as a compact string: text as is, a mark as [label:…], pieces after the first as [label#n:…].
function show(segments: readonly Segment<string>[]): string {
  return segments
    .map((segment) =>
      segment.kind === 'text'
        ? segment.text
        : `[${segment.mark.data}${segment.piece ? `#${segment.piece}` : ''}:${show(segment.children)}]`,
    )
    .join('')
}

function plainText(segments: readonly Segment<string>[]): string {
  return segments
    .map((segment) => (segment.kind === 'text' ? segment.text : plainText(segment.children)))
    .join('')
}

function pieces(
  segments: readonly Segment<string>[],
  into: Map<Mark<string>, [number, number][]> = new Map(),
) {
  for (const segment of segments) {
    if (segment.kind === 'text') continue
    into.set(segment.mark, [...(into.get(segment.mark) ?? []), [segment.start, segment.end]])
    pieces(segment.children, into)
  }
  return into
}

const text = 'Mayor Zhou Minghua visited the Qingdao Port Group in Harbin.'
const at = (part: string, label: string, from = 0): Mark<string> => {
  const start = text.indexOf(part, from)
  return { start, end: start + part.length, data: label }
}

describe('segmentText', () => {
  it('should leave text without marks as one run', () => {
    expect(show(segmentText(text, 0, text.length, []))).toBe(text)
  })

  it('should mark separate mentions in text order, whatever order they come in', () => {
    const marks = [at('Harbin', 'place'), at('Zhou Minghua', 'person')]
    expect(show(segmentText(text, 0, text.length, marks))).toBe(
      'Mayor [person:Zhou Minghua] visited the Qingdao Port Group in [place:Harbin].',
    )
  })

  it('should nest a place inside the name of a body that contains it', () => {
    const marks = [at('Qingdao', 'place'), at('Qingdao Port Group', 'org')]
    expect(show(segmentText(text, 0, text.length, marks))).toBe(
      'Mayor Zhou Minghua visited the [org:[place:Qingdao] Port Group] in Harbin.',
    )
  })

  it('should split a mark that crosses the end of another and number its pieces', () => {
    const marks = [at('Minghua visited', 'note'), at('Zhou Minghua', 'person')]
    expect(show(segmentText(text, 0, text.length, marks))).toBe(
      'Mayor [person:Zhou [note:Minghua]][note#1: visited] the Qingdao Port Group in Harbin.',
    )
  })

  it('should keep a zero-length mark as a point at its place', () => {
    const point = text.indexOf(' in ')
    expect(show(segmentText(text, 0, text.length, [{ start: point, end: point, data: 'msg' }]))).toBe(
      'Mayor Zhou Minghua visited the Qingdao Port Group[msg:] in Harbin.',
    )
  })

  it('should clip marks to the range and leave out marks outside it', () => {
    const from = text.indexOf('Minghua')
    const to = text.indexOf(' the')
    const marks = [at('Zhou Minghua', 'person'), at('Harbin', 'place')]
    expect(show(segmentText(text, from, to, marks))).toBe('[person:Minghua] visited')
  })

  it('should keep two marks with the same span, the first given outside', () => {
    const marks = [at('Harbin', 'place'), at('Harbin', 'city')]
    expect(show(segmentText(text, 0, text.length, marks))).toBe(
      'Mayor Zhou Minghua visited the Qingdao Port Group in [place:[city:Harbin]].',
    )
  })
})

describe('segmentText invariants', () => {
  const input = fc
    .string({ minLength: 1, maxLength: 40 })
    .chain((value) =>
      fc.tuple(
        fc.constant(value),
        fc.array(
          fc
            .tuple(fc.nat({ max: value.length }), fc.nat({ max: value.length }))
            .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 8 },
        ),
        fc.nat({ max: value.length }),
        fc.nat({ max: value.length }),
      ),
    )
    .map(([value, spans, a, b]) => ({
      value,
      marks: spans.map((span, index) => ({ ...span, data: `m${index}` })),
      from: Math.min(a, b),
      to: Math.max(a, b),
    }))

  it('should give back exactly the text of the range', () => {
    fc.assert(
      fc.property(input, ({ value, marks, from, to }) => {
        expect(plainText(segmentText(value, from, to, marks))).toBe(value.slice(from, to))
      }),
    )
  })

  it('should cover every mark exactly by its pieces, in order, without gaps', () => {
    fc.assert(
      fc.property(input, ({ value, marks, from, to }) => {
        const found = pieces(segmentText(value, from, to, marks))
        for (const mark of marks) {
          const start = Math.max(mark.start, from)
          const end = Math.min(mark.end, to)
          const inRange = end > start || (mark.start === mark.end && mark.start >= from && mark.start <= to)
          const spans = found.get(mark)
          if (!inRange) {
            expect(spans).toBeUndefined()
            continue
          }
          expect(spans?.[0]?.[0]).toBe(start)
          expect(spans?.at(-1)?.[1]).toBe(end)
          for (let index = 1; index < (spans?.length ?? 0); index++) {
            expect(spans?.[index]?.[0]).toBe(spans?.[index - 1]?.[1])
          }
        }
      }),
    )
  })

  it('should keep every child inside its parent', () => {
    const inside = (segments: readonly Segment<string>[], from: number, to: number): boolean =>
      segments.every(
        (segment) =>
          segment.start >= from &&
          segment.end <= to &&
          (segment.kind === 'text' || inside(segment.children, segment.start, segment.end)),
      )
    fc.assert(
      fc.property(input, ({ value, marks, from, to }) => {
        expect(inside(segmentText(value, from, to, marks), from, to)).toBe(true)
      }),
    )
  })
})
