/**
 * The speech ledger: who said, stressed or pointed out what, each row linking to the sentence.
 */
import type { Article, Speech } from '@dalian-news/core'
import { useMemo } from 'preact/hooks'
import type { CorpusData } from '../lib/corpus-data.js'
import { plural } from '../lib/format.js'
import { sentenceByIndex } from '../lib/locate.js'
import { defaultReaderOptions, formatRoute } from '../lib/route.js'
import { ArticleLink } from './ArticleLink.js'
import { LedgerTable } from './LedgerTable.js'
import { MarkedRun } from './MarkedRun.js'

type Props = {
  /** The corpus. */
  readonly corpus: CorpusData
}

interface Row {
  readonly article: Article
  readonly speech: Speech
}

/** The ledger page. */
export function SpeechPage({ corpus }: Props) {
  const rows = useMemo(
    () => corpus.articles.flatMap((article) => article.speech.map((speech) => ({ article, speech }))),
    [corpus],
  )
  const speakers = new Set(rows.map((row) => row.speech.speakerId))
  return (
    <section class="ledger" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        Speech
      </h1>
      <p class="lede">
        {rows.length === 0
          ? 'No reported speech was found in these articles.'
          : `${plural(rows.length, 'statement')} by ${plural(speakers.size, 'speaker')}. Each links to its sentence.`}
      </p>
      {rows.length > 0 ? (
        <LedgerTable<Row>
          caption="Reported speech"
          columns={[{ title: 'Speaker' }, { title: 'Cue' }, { title: 'Sentence' }, { title: 'Article' }]}
          rows={rows}
          rowKey={({ article, speech }) => `${article.id}:${speech.start}`}
          cells={({ article, speech }) => {
            const shared = corpus.corpusEntityOf(article.id, speech.speakerId)
            const sentenceHref = formatRoute({
              page: 'article',
              id: article.id,
              ...defaultReaderOptions,
              sentence: speech.sentence,
              entity: speech.speakerId,
            })
            const sentence = sentenceByIndex(article, speech.sentence)
            return [
              shared ? (
                <a href={formatRoute({ page: 'articles', query: '', entity: shared.id })}>{speech.speaker}</a>
              ) : (
                speech.speaker
              ),
              speech.cue,
              <a class="kwic" href={sentenceHref}>
                {sentence ? (
                  <MarkedRun
                    text={article.text}
                    from={sentence.start}
                    to={sentence.end}
                    marks={[
                      { ...speech.speakerMention, data: 'hl hl-person' },
                      { start: speech.start, end: speech.end, data: 'cue' },
                    ]}
                  />
                ) : (
                  speech.sentenceText
                )}
              </a>,
              <ArticleLink article={article} />,
            ]
          }}
        />
      ) : null}
    </section>
  )
}
