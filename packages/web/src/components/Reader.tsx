/**
 * The reader: an article's text with its people, bodies, places and amounts highlighted, a legend that
 * switches each type on and off, the article's messages on demand, the mention in focus and the article's
 * entities. Every change is a route, so the view is a permalink.
 */
import type { Article } from '@dalian-news/core'
import { useEffect, useMemo, useRef } from 'preact/hooks'
import { navigate } from '../hooks/use-route.js'
import { type CorpusData, resolveEntity } from '../lib/corpus-data.js'
import { formatCount, plural } from '../lib/format.js'
import { articleMarks, highlightCounts, marksWithin, messageRange, overlaps } from '../lib/highlights.js'
import { articleBlocks, sentenceAt } from '../lib/locate.js'
import { formatRoute, type ReaderOptions, type Route } from '../lib/route.js'
import { segmentText } from '../lib/segment.js'
import { EntityIndex } from './EntityIndex.js'
import { Legend } from './Legend.js'
import { type MarkContext, MarkedText } from './MarkedText.js'
import { MentionDetails } from './MentionDetails.js'

type Props = {
  /** The article to show. */
  readonly article: Article
  /** The corpus the article belongs to, if any (links to other articles). */
  readonly corpus?: CorpusData
  /** What is in focus and which highlights are on. */
  readonly options: ReaderOptions
  /** The route of this reader with other options. */
  readonly routeFor: (options: ReaderOptions) => Route
  /** Where "back" goes, if anywhere. */
  readonly back?: { readonly href: string; readonly label: string }
  /** Level of the title heading (default 1; 2 when the page has its own title). */
  readonly level?: 1 | 2
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches

/** The reader for `article`. */
export function Reader({ article, corpus, options, routeFor, back, level = 1 }: Props) {
  const Title = level === 1 ? 'h1' : 'h2'
  const body = useRef<HTMLDivElement>(null)
  const marks = useMemo(
    () => articleMarks(article, { hidden: options.hidden, diagnostics: options.diagnostics }),
    [article, options.hidden, options.diagnostics],
  )
  const counts = useMemo(() => highlightCounts(article), [article])
  const entity = resolveEntity(article, options.entity, corpus)
  const focusSentence =
    options.sentence ??
    (options.mention === undefined ? undefined : sentenceAt(article, options.mention)?.index)
  const context: MarkContext = {
    hrefFor: (start) => formatRoute(routeFor({ ...options, mention: start, sentence: undefined })),
    ...(options.mention === undefined ? {} : { focusedMention: options.mention }),
    ...(focusSentence === undefined ? {} : { focusedSentence: focusSentence }),
    ...(entity ? { selectedEntity: entity.id } : {}),
  }
  const unplaced = options.diagnostics
    ? article.messages.filter((message) => !placedIn(article, message))
    : []

  // Bring the mention or sentence in focus into view: on load, on a permalink, after a click.
  useEffect(() => {
    const root = body.current
    if (!root) return
    const target =
      options.mention === undefined
        ? options.sentence === undefined
          ? undefined
          : root.querySelector<HTMLElement>(`#s-${options.sentence}`)
        : root.querySelector<HTMLElement>(`[data-start="${options.mention}"]`)
    if (!target) return
    target.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' })
    target.focus({ preventScroll: true })
  }, [article, options.mention, options.sentence])

  const update = (changes: Partial<ReaderOptions>) =>
    navigate(routeFor({ ...options, ...changes }), { replace: true })
  const heading = article.heading
  const date = typeof article.meta.date === 'string' ? article.meta.date : undefined
  const source = typeof article.meta.source === 'string' ? article.meta.source : undefined

  return (
    <div class={entity ? 'layout-reader has-selection' : 'layout-reader'}>
      <article class="reader" aria-labelledby="article-title" ref={body}>
        <header class="reader-header">
          {back ? (
            <p class="back">
              <a href={back.href}>
                <span aria-hidden="true">← </span>
                {back.label}
              </a>
            </p>
          ) : null}
          <Title id="article-title" class="reader-title" tabIndex={-1}>
            {heading ? (
              <MarkedText
                segments={segmentText(
                  article.text,
                  heading.start,
                  heading.end,
                  marksWithin(marks, heading.start, heading.end),
                )}
                context={context}
              />
            ) : (
              article.title || article.id
            )}
          </Title>
          <p class="meta">
            {[
              date,
              source,
              plural(article.stats.words, 'word'),
              `${formatCount(article.stats.readingMinutes)} min read`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </header>
        <Legend
          counts={counts}
          hidden={options.hidden}
          diagnostics={options.diagnostics}
          messages={article.messages.length}
          onHidden={(hidden) => update({ hidden })}
          onDiagnostics={(diagnostics) => update({ diagnostics })}
        />
        {unplaced.length > 0 ? (
          <ul class="diag-list" aria-label="Messages outside the paragraphs">
            {unplaced.map((message, index) => (
              <li key={index} class="diag-note">
                <span aria-hidden="true">⚠ </span>
                {message.line ? `Line ${message.line}, column ${message.column ?? 1}: ` : ''}
                {message.reason}
                {message.ruleId ? <span class="diag-rule"> ({message.ruleId})</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="reader-body">
          {article.paragraphs.length === 0 ? <p class="empty">This article has no body text.</p> : null}
          {article.paragraphs.map((paragraph) => (
            <p key={paragraph.start} class="paragraph">
              <MarkedText
                segments={segmentText(
                  article.text,
                  paragraph.start,
                  paragraph.end,
                  marksWithin(marks, paragraph.start, paragraph.end),
                )}
                context={context}
              />
            </p>
          ))}
        </div>
      </article>
      <aside class="reader-aside" aria-label="About this article">
        {options.mention === undefined ? null : (
          <MentionDetails
            article={article}
            corpus={corpus}
            offset={options.mention}
            markHref={(id) => formatRoute(routeFor({ ...options, entity: id }))}
            closeHref={formatRoute(routeFor({ ...options, mention: undefined }))}
          />
        )}
        <EntityIndex
          article={article}
          selected={entity?.id}
          hrefFor={(id) =>
            formatRoute(routeFor({ ...options, mention: undefined, sentence: undefined, entity: id }))
          }
          clearHref={formatRoute(routeFor({ ...options, entity: undefined }))}
        />
      </aside>
    </div>
  )
}

// A message is shown in the text when its place lies in the heading or a paragraph.
function placedIn(article: Article, message: Article['messages'][number]): boolean {
  const range = messageRange(message)
  if (!range) return false
  return articleBlocks(article).some((block) => overlaps(range, block.start, block.end))
}
