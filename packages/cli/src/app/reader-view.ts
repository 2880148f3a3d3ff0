/**
 * What the reader shows for a route at a size: the laid-out lines, the marks over them, the matches of
 * the find, the focused stretch, and the first line in view. Pure, and cached, because the same view is
 * needed to draw a frame and to work out what the next key does.
 */
import type { Article } from '@dalian-news/core'
import { sentenceAt } from './article-places.js'
import { articleMarks, findMatches, type Mark, problemMarks } from './marks.js'
import { layoutArticle, lineOf, type ReaderLine } from './reader-layout.js'
import type { ReaderRoute, ReaderTop, Stretch } from './routes.js'
import { clamp, maxTop } from './scroll.js'
import type { MarkKind } from './theme.js'

/** The reader at one size. */
export interface ReaderView {
  /** The article. */
  readonly article: Article
  /** Its lines. */
  readonly lines: readonly ReaderLine[]
  /** Identifies `lines`: equal keys, equal lines. */
  readonly layoutKey: string
  /** Every mark to style, outer first; focus and matches last so they show over entity colours. */
  readonly marks: readonly Mark[]
  /** The highlights Tab can select (entities, money, dates, quoted terms), in text order. */
  readonly selectable: readonly Mark[]
  /** Matches of the find, in text order. */
  readonly matches: readonly Mark[]
  /** The stretch shown as focused: the selection, else the current match, else the target. */
  readonly focus?: Stretch
  /** First line in view. */
  readonly top: number
  /** Lines in view. */
  readonly height: number
}

/** Size and look of the reader. */
export interface ReaderSize {
  /** Columns of text. */
  readonly width: number
  /** Lines of the body. */
  readonly height: number
  /** Whether colour is used (else marks are bracketed in the text). */
  readonly colour: boolean
}

const marksCache = new WeakMap<Article, Mark[]>()
const layoutCache = new WeakMap<Article, Map<string, readonly ReaderLine[]>>()

function cachedMarks(article: Article): Mark[] {
  let marks = marksCache.get(article)
  if (!marks) {
    marks = articleMarks(article)
    marksCache.set(article, marks)
  }
  return marks
}

const byStart = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end

/** The reader's view of `route` over `article`. */
export function readerView(article: Article, route: ReaderRoute, size: ReaderSize): ReaderView {
  const selectable = cachedMarks(article)
  const problems = route.problems ? problemMarks(article) : []
  const matches = findMatches(article, route.find)
  const current = route.match >= 0 ? matches[route.match] : undefined
  const focus = route.selected ?? current ?? route.target
  const overlays: Mark[] = [
    ...problems,
    ...matches,
    ...(focus ? [{ start: focus.start, end: focus.end, kind: 'focus' as MarkKind }] : []),
  ]
  const marks = [...selectable, ...overlays]

  // With colour, marks are styled after wrapping and do not change the lines; without, their brackets do.
  const bracketKey = size.colour
    ? ''
    : `${route.find}|${focus ? `${focus.start}-${focus.end}` : ''}|${route.problems}`
  const layoutKey = `${article.id}|${size.width}|${route.problems}|${bracketKey}`
  let layouts = layoutCache.get(article)
  if (!layouts) {
    layouts = new Map()
    layoutCache.set(article, layouts)
  }
  let lines = layouts.get(layoutKey)
  if (!lines) {
    lines = layoutArticle(article, {
      width: size.width,
      problems: route.problems,
      ...(size.colour ? {} : { decorate: [...marks].sort(byStart) }),
    })
    // A few layouts per article: typing a find without colour makes a new one per key.
    if (layouts.size >= 8) layouts.delete(layouts.keys().next().value!)
    layouts.set(layoutKey, lines)
  }
  const wanted = route.top.layout === layoutKey ? route.top.line : lineOf(lines, route.top.offset)
  const top = clamp(wanted, 0, maxTop(lines.length, size.height))
  return {
    article,
    lines,
    layoutKey,
    marks,
    selectable,
    matches,
    ...(focus ? { focus } : {}),
    top,
    height: size.height,
  }
}

/** A scroll position at `line` of `view` (kept inside the article). */
export function topAt(view: ReaderView, line: number): ReaderTop {
  const top = clamp(line, 0, maxTop(view.lines.length, view.height))
  return { line: top, offset: view.lines[top]?.start ?? 0, layout: view.layoutKey }
}

/** A scroll position that shows `stretch`: unchanged when it is in view, else with it a third of the way down. */
export function topShowing(view: ReaderView, stretch: Stretch): ReaderTop {
  const line = lineOf(view.lines, stretch.start)
  if (line >= view.top && line < view.top + view.height) return topAt(view, view.top)
  return topAt(view, line - Math.floor(view.height / 3))
}

/** A scroll position for opening at a mention: its sentence near the top, the mention in view. */
export function topForTarget(view: ReaderView, target: Stretch & { readonly sentence: Stretch }): ReaderTop {
  const sentence = lineOf(view.lines, target.sentence.start)
  const mention = lineOf(view.lines, target.start)
  let top = Math.max(0, sentence - 1)
  if (mention - top >= view.height - 1) top = mention - Math.floor(view.height / 2)
  return topAt(view, top)
}

/** The target of a mention from `start` to `end`: the mention and its sentence. */
export function targetOf(
  article: Article,
  start: number,
  end: number,
): Stretch & { readonly sentence: Stretch } {
  const sentence = sentenceAt(article, start)
  return { start, end, sentence: sentence ? { start: sentence.start, end: sentence.end } : { start, end } }
}

/** The selectable marks on the lines in view. */
export function marksInView(view: ReaderView): Mark[] {
  const first = view.lines[view.top]
  const last = view.lines[Math.min(view.lines.length, view.top + view.height) - 1]
  if (!first || !last) return []
  return view.selectable.filter((mark) => mark.end > first.start && mark.start < last.end)
}
