import fc from 'fast-check'

const letters = 'abcdefghijklmnopqrstuvwxyz'.split('')

/** A lower-case word. */
export const word = fc.oneof(
  fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 9 }),
  fc.constantFrom('Dalian', 'mayor', 'delegation', "Dalian's", 'co-operation', 'Co.', 'Ltd.', 'Mr.', 'e.g.'),
)

/** A capitalised word. */
export const capitalised = word.map((item) => item.charAt(0).toUpperCase() + item.slice(1))

const punctuation = fc.constantFrom(
  ...['.', ',', ';', ':', '!', '?', '"', "'", '(', ')', '-', '—', '…', '...', '%', '$', '&', '/'],
  ...['“', '”', '‘', '’', '。', '！', '？', '，'],
)

const number = fc.oneof(
  fc.nat({ max: 1_000_000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([whole, part]) => `${whole}.${part}`),
  fc.constantFrom('1,800', '59.3', '5G', '2019-10-17', '18%'),
)

// "on March 5. He said": a day number, a full stop and a capital, where sentence splitting has special cases.
const numberedEnd = fc
  .tuple(fc.nat({ max: 9999 }), fc.constantFrom('.', '. ', ' .', '.\n', '.\u00A0'), capitalised)
  .map(([day, stop, next]) => ` on March ${day}${stop}${next}`)

const space = fc.constantFrom(' ', ' ', ' ', '\t', '\u00A0', '\u2009', '\u202F', '\u3000', '\u2028')

const lineBreak = fc.constantFrom(
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '\r\r',
  '\n \n',
  '\n\u00A0\n',
  '\n\t\n\n',
)

const controlCode = fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 32 || code >= 0x7f)
const control = fc.oneof(
  controlCode.map((code) => String.fromCharCode(code)),
  fc.constantFrom(
    '\u001b[31m',
    '\u001b[0m',
    '\u001b[1;4m',
    '\u001b]0;title\u0007',
    '\u001b',
    '\u001b[',
    '\uFEFF',
  ),
)

/** Half of a surrogate pair on its own: not valid Unicode, but a JavaScript string may hold it. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))

const other = fc.constantFrom('😀', '𝔘', 'é', '<p>', '</b>', '&amp;', '---', '#', '*', '\\')

const piece = fc.oneof(
  { arbitrary: word, weight: 10 },
  { arbitrary: capitalised, weight: 4 },
  { arbitrary: space, weight: 10 },
  { arbitrary: punctuation, weight: 4 },
  { arbitrary: number, weight: 2 },
  { arbitrary: numberedEnd, weight: 2 },
  { arbitrary: lineBreak, weight: 2 },
  { arbitrary: control, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: other, weight: 1 },
)

/** Prose-like text: words, spaces, punctuation, numbers, line breaks of every kind and odd characters. */
export const prose = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''))

// The words the extraction rules look at, so random sequences reach their edge cases (a title at the end of
// a sentence, "of" with nothing after it, a quote left open, a currency without a number …).
const newsWord = fc.constantFrom(
  ...[
    'Mayor',
    'Vice',
    'mayor',
    'Secretary',
    'secretary',
    'Chairman',
    'General',
    'Manager',
    'President',
    'Director',
  ],
  ...[
    'Mr.',
    'Ms.',
    'Dr.',
    'Professor',
    'the',
    'The',
    'of',
    'and',
    'for',
    'in',
    'a',
    'at',
    "company's",
    'deputy',
  ],
  ...[
    'Zhang',
    'zhang',
    'Wang',
    'Li',
    'Ouyang',
    'Chen',
    'Hanwen',
    'Minghua',
    'Chia-hao',
    'Smith',
    'Kim',
    'Tanaka',
  ],
  ...['said', 'stressed', 'pointed', 'out', 'hoped', 'asked', 'he', 'He', 'she', 'signed', 'visited'],
  ...[
    'Group',
    'Co.,',
    'Ltd.',
    'Company',
    'Corporation',
    'Bureau',
    'Committee',
    'Municipal',
    'Party',
    'Government',
  ],
  ...["People's", 'Congress', 'Standing', 'Office', 'Customs', 'Commission', 'University', 'Association'],
  ...[
    'City',
    'District',
    'New',
    'Area',
    'Province',
    'Zone',
    'Park',
    'Beijing',
    'Shenyang',
    'Liaoning',
    'Japan',
  ],
  ...[
    'Northeast',
    'China',
    'Chinese',
    'Korea',
    'Republic',
    'yuan',
    'RMB',
    'US',
    'dollars',
    'billion',
    'million',
  ],
  ...[
    'ten',
    'thousand',
    'hundred',
    '59.3',
    '2',
    '$',
    'October',
    'Oct',
    '16',
    'to',
    '21,',
    '2019',
    'yesterday',
  ],
  ...['"', '“', '”', ',', '.', ';', '(', ')', "'s", '—', ', ', '. '],
)

const newsPiece = fc.oneof(
  { arbitrary: newsWord, weight: 6 },
  { arbitrary: space, weight: 1 },
  { arbitrary: punctuation, weight: 1 },
)

// Short runs end often, so the rules meet the ends of sentences and paragraphs in every state.
const newsRun = fc
  .tuple(
    fc.array(newsPiece, { minLength: 1, maxLength: 8 }),
    fc.constantFrom('.', ',', ' ,', '', '!', '?', ':', '"'),
  )
  .map(([pieces, end]) => `${pieces.join(' ')}${end}`)

/** News-like prose: the rules' own vocabulary in short random runs, in paragraphs. */
export const newsProse = fc
  .array(fc.tuple(newsRun, fc.constantFrom(' ', ' ', '\n\n')), { maxLength: 12 })
  .map((runs) => `Mayor Meets Delegation\n\n${runs.map(([run, gap]) => run + gap).join('')}`)

const titleLine = fc
  .array(fc.oneof(word, capitalised, fc.constant(' ')), { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.join(' ').trim())
  .filter((title) => title !== '')

const newline = fc.constantFrom('\n', '\r\n')

/** A front-matter block: valid, invalid, empty, not a mapping or never closed. */
function frontMatter(title: string) {
  return fc.oneof(
    fc.constant(''),
    fc
      .tuple(
        fc.constantFrom(title, `${title} (updated)`, '', null),
        fc.option(fc.constantFrom('2019-10-17', '2019-10-17T08:00:00Z', 'October 17')),
        fc.option(fc.constantFrom('Dalian Daily', 'https://example.org/a?b=1')),
        fc.constantFrom(['tags: [port, trade]'], ['count: 3'], ['nested:', '  key: value'], []),
        newline,
      )
      .map(([metaTitle, date, source, extra, eol]) => {
        const lines = [
          ...(metaTitle === null ? [] : [`title: ${JSON.stringify(metaTitle)}`]),
          ...(date === null ? [] : [`date: ${date}`]),
          ...(source === null ? [] : [`source: ${JSON.stringify(source)}`]),
          ...extra,
        ]
        return ['---', ...lines, '---', ''].join(eol)
      }),
    fc.constantFrom(
      '---\ntitle: [unclosed\n---\n',
      '---\njust a scalar\n---\n',
      '---\n- a\n- list\n---\n',
      '---\n---\n',
      '---\r\n---',
      '---\ntitle: never closed\n\n',
      '---\n: : :\n---\n',
    ),
  )
}

/** An article-like text: optional BOM and front matter, a title line, then prose paragraphs. */
export const articleText = titleLine.chain((title) =>
  fc
    .tuple(
      fc.constantFrom('', '', '\uFEFF'),
      frontMatter(title),
      fc.constantFrom('', '\n', '\r\n', '\n\n'),
      newline,
      fc.array(fc.tuple(prose, fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n', '\r\r')), { maxLength: 6 }),
    )
    .map(([bom, front, before, afterTitle, paragraphs]) => {
      const body = paragraphs.map(([text, separator]) => `${text}${separator}`).join('')
      return `${bom}${front}${before}${title}${afterTitle}${body}`
    }),
)

/** Any string, including lone surrogates and every control character. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), loneSurrogate), maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('a', ' ', '.', '\n', '\r', '\t', '-', '\u00A0', '\uFEFF'),
    maxLength: 300,
  }),
)
