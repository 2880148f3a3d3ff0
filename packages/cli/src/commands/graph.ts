/**
 * `dalian-news graph`: the co-occurrence network of people, organizations and places.
 */
import { type EntityType, entityNetwork, toDot } from '@dalian-news/core'
import { type CommandSpec, integer } from '../lib/command.js'
import { toJsonText } from '../lib/json-text.js'
import { toTerminalText } from '../lib/terminal-text.js'

const types = ['person', 'organization', 'place'] as const

/** `dalian-news graph`. */
export const graphCommand: CommandSpec = {
  name: 'graph',
  summary: 'co-occurrence network of people, organizations and places, as JSON or Graphviz DOT',
  arguments: [],
  options: [
    {
      flags: '-f, --format <format>',
      description: 'json or dot (Graphviz)',
      choices: ['json', 'dot'],
      defaultValue: 'json',
    },
    {
      flags: '-b, --by <unit>',
      description: 'weigh edges by shared sentences or shared articles',
      choices: ['sentence', 'article'],
      defaultValue: 'sentence',
    },
    { flags: '-t, --types <types>', description: `entity types, comma-separated (${types.join(', ')})` },
    {
      flags: '--min-weight <n>',
      description: 'leave out edges lighter than this',
      parse: integer(1, 1_000_000),
      defaultValue: 1,
    },
    { flags: '--generic', description: 'include generic bodies ("the Municipal Government")' },
  ],
  examples: [
    'graph --format dot | dot -Tsvg > network.svg',
    'graph --types person,organization --by article',
    'graph --min-weight 2',
  ],
  run({ corpus, options, io }) {
    const wanted =
      typeof options.types === 'string' ? options.types.split(',').map((type) => type.trim()) : [...types]
    const unknown = wanted.filter((type) => !(types as readonly string[]).includes(type))
    if (unknown.length > 0) {
      io.err(
        `dalian-news graph: unknown type "${toTerminalText(unknown.join(', '))}"; use ${types.join(', ')}\n`,
      )
      return 2
    }
    const network = entityNetwork(corpus.articles, {
      types: wanted as EntityType[],
      by: options.by as 'sentence' | 'article',
      minWeight: options.minWeight as number,
      generic: options.generic === true,
    })
    const format = options.json === true ? 'json' : options.format
    io.out(
      format === 'dot' ? toTerminalText(toDot(network), { keepNewlines: true }) : `${toJsonText(network)}\n`,
    )
    return 0
  },
}
