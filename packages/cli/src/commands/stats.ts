/**
 * `dalian-news stats`: the size and make-up of the corpus.
 */
import { corpusStats } from '@dalian-news/core'
import type { CommandSpec } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { formatTable } from '../lib/table.js'

const number = (value: number) => value.toLocaleString('en-US')

/** `dalian-news stats`. */
export const statsCommand: CommandSpec = {
  name: 'stats',
  summary: 'corpus statistics: articles, words, vocabulary, entities, money by currency, dates, problems',
  arguments: [],
  options: [],
  examples: ['stats', 'stats --json'],
  run({ corpus, options, io }) {
    const stats = corpusStats(corpus.articles)
    if (options.json === true) {
      io.out(`${toJsonText({ ...stats, unreadable: corpus.errors.length })}\n`)
      return 0
    }
    const rows: [string, string][] = [
      ['articles', number(stats.articles)],
      ['unreadable files', number(corpus.errors.length)],
      ['paragraphs', number(stats.paragraphs)],
      ['sentences', number(stats.sentences)],
      ['words', number(stats.words)],
      ['characters', number(stats.characters)],
      ['distinct words', number(stats.types)],
      ['type/token ratio', stats.typeTokenRatio.toFixed(3)],
      ['words per sentence', stats.meanSentenceLength.toFixed(1)],
      ['people', `${number(stats.entities.person)} (${number(stats.mentions.person)} mentions)`],
      [
        'organizations',
        `${number(stats.entities.organization)} (${number(stats.mentions.organization)} mentions)`,
      ],
      ['places', `${number(stats.entities.place)} (${number(stats.mentions.place)} mentions)`],
      ...Object.entries(stats.money).map(([currency, total]): [string, string] => [
        `money, ${currency}`,
        number(total),
      ]),
      [
        'dates',
        stats.dates
          ? `${stats.dates.from} to ${stats.dates.to} (${stats.dates.articles} dated articles)`
          : 'none in front matter',
      ],
      ...Object.entries(stats.messages).map(([rule, count]): [string, string] => [
        `problems: ${rule}`,
        number(count),
      ]),
    ]
    io.out(
      `${formatTable(
        rows,
        [
          { header: 'measure', value: (row) => row[0] },
          { header: 'value', value: (row) => row[1], flexible: true },
        ],
        io.columns,
      )}\n`,
    )
    return 0
  },
}
