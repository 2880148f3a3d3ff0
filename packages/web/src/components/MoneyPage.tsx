/**
 * The money ledger: every amount in the corpus, normalised, each linking to the sentence it was found in.
 */
import type { Article, MoneyAmount } from '@dalian-news/core'
import { useMemo, useState } from 'preact/hooks'
import { contextAround } from '../lib/context.js'
import type { CorpusData } from '../lib/corpus-data.js'
import { formatCompact, formatMoney, plural } from '../lib/format.js'
import { sentenceAt } from '../lib/locate.js'
import { defaultReaderOptions, formatRoute } from '../lib/route.js'
import { ArticleLink } from './ArticleLink.js'
import { Kwic } from './Kwic.js'
import { LedgerTable } from './LedgerTable.js'

type Props = {
  /** The corpus. */
  readonly corpus: CorpusData
}

type Order = 'text' | 'amount'

interface Row {
  readonly article: Article
  readonly money: MoneyAmount
}

/** The ledger page. */
export function MoneyPage({ corpus }: Props) {
  const [order, setOrder] = useState<Order>('text')
  const rows = useMemo(() => {
    const all: Row[] = corpus.articles.flatMap((article) =>
      article.money.map((money) => ({ article, money })),
    )
    // Amounts in different currencies are not comparable; within one currency, largest first.
    if (order === 'amount')
      all.sort((a, b) => a.money.currency.localeCompare(b.money.currency) || b.money.amount - a.money.amount)
    return all
  }, [corpus, order])
  const currencies = new Set(rows.map((row) => row.money.currency))
  return (
    <section class="ledger" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        Money
      </h1>
      <p class="lede">
        {rows.length === 0
          ? 'No amounts of money were found in these articles.'
          : `${plural(rows.length, 'amount')} in ${plural(currencies.size, 'currency', 'currencies')}, as written and normalised. Each links to its sentence.`}
      </p>
      {rows.length > 0 ? (
        <LedgerTable
          caption="Amounts of money"
          columns={[
            {
              title: 'Amount',
              sort: order === 'amount' ? 'descending' : 'none',
              onSort: () => setOrder(order === 'amount' ? 'text' : 'amount'),
            },
            { title: 'In context' },
            { title: 'Article' },
          ]}
          rows={rows}
          rowKey={({ article, money }) => `${article.id}:${money.start}`}
          cells={({ article, money }) => {
            const sentence = sentenceAt(article, money.start)
            const bounds = sentence
              ? { from: sentence.start, to: sentence.end }
              : { from: 0, to: article.text.length }
            const href = formatRoute({
              page: 'article',
              id: article.id,
              ...defaultReaderOptions,
              mention: money.start,
            })
            return [
              <>
                <span class="amount">{formatMoney(money.amount, money.currency)}</span>
                <span class="amount-short">{formatCompact(money.amount)}</span>
              </>,
              <a class="kwic" href={href}>
                <Kwic
                  {...contextAround(article.text, money.start, money.end, bounds, 80)}
                  markClass="hl hl-money"
                />
              </a>,
              <ArticleLink article={article} />,
            ]
          }}
        />
      ) : null}
    </section>
  )
}
