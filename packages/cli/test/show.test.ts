import { fromJSON, parseArticle } from '@dalian-news/core'
import { describe, expect, it } from 'vitest'
import type { Mark } from '../src/app/marks.js'
import { markedText } from '../src/commands/show.js'
import { run } from '../src/run.js'
import { fixtureDir } from './app/fixture.js'
import { captureIo, corpusDir } from './capture.js'

async function show(
  args: readonly string[],
  dir = fixtureDir,
  overrides: Parameters<typeof captureIo>[0] = {},
) {
  const io = captureIo(overrides)
  const code = await run(['show', ...args, '--corpus', dir], io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

describe('dalian-news show', () => {
  it('should print the article with every entity marked in place as [text]{type}', async () => {
    const { code, stdout } = await show(['a-harbour'])
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        '[Mayor Zhou Minghua]{person} Opens the [Lingshan Harbour]{organization} Terminal',
        'id a-harbour · file a-harbour.txt · date 2024-03-14 · source Example Daily · 63 words · 2 paragraphs',
        '',
        'On [March 12]{date}, [Mayor Zhou Minghua]{person} opened the new terminal of [Lingshan Harbour Group Co., Ltd.]{organization} in [Qingdao]{place}. The terminal cost [2.4 billion yuan]{money} and will handle "[green shipping]{quote}" for the region.',
        '',
        '[Zhou Minghua]{person} said that the city will keep supporting [Lingshan Harbour Group]{organization}. [He]{person} stressed that the port must serve the people of [Qingdao]{place}.',
        '',
      ].join('\n'),
    )
  })

  it('should find an article by the start of its id or by its file name', async () => {
    expect((await show(['b'])).stdout).toMatch(/^\[Qingdao\]\{place\} Hosts the Coastal Innovation Forum\n/)
    expect((await show(['c-notes.txt'])).stdout).toMatch(/^Weekly Notes From \[Yantai\]\{place\}\n/)
  })

  it('should wrap to --width, list the problems, and never print control characters raw', async () => {
    const { stdout } = await show(['c-notes', '--width', '40'])
    expect(stdout).toBe(
      [
        'Weekly Notes From [Yantai]{place}',
        'id c-notes · file c-notes.txt · 20 words · 1 paragraph',
        '',
        'The library in [Yantai]{place} opened a',
        'reading room ␇ on [Sunday]{date}.',
        'Readers welcomed the "[quiet',
        'hours]{quote}" plan.',
        '',
        'Problems:',
        '  3:45  Unexpected control character "\\u0007": read as white space  control-character',
        '',
      ].join('\n'),
    )
    expect(stdout).not.toContain('\u0007')
  })

  it('should leave the markers out with --plain', async () => {
    const { stdout } = await show(['b-forum', '--plain'])
    expect(stdout).toContain('Zhou Minghua met Wang Lirong, chairman of Beihai Robotics Co., Ltd.,')
    expect(stdout).not.toMatch(/[[\]{}]/)
  })

  it('should print the article as JSON that reads back into the same article', async () => {
    const { code, stdout } = await show(['a-harbour', '--json'])
    expect(code).toBe(0)
    const article = fromJSON(JSON.parse(stdout))
    expect(article.id).toBe('a-harbour')
    expect(article.entities.map((entity) => entity.name)).toContain('Zhou Minghua')
  })

  it('should nest marks inside marks, and close one before opening the next at the same offset', () => {
    const article = parseArticle('Title\n\nThe Ningbo Port Authority met Sun Qiaoling today.', { id: 'n' })
    const at = (text: string) => article.text.indexOf(text)
    const marks: Mark[] = [
      { start: at('Ningbo Port Authority'), end: at(' met'), kind: 'organization' },
      { start: at('Ningbo'), end: at(' Port'), kind: 'place' },
      { start: at('Sun'), end: at(' today'), kind: 'person' },
      { start: at('today'), end: at('.'), kind: 'date' },
      // Crosses the organization: left out rather than written as tangled brackets.
      { start: at('Port'), end: at(' Sun'), kind: 'place' },
    ]
    const paragraph = article.paragraphs[0]!
    expect(markedText(article, paragraph.start, paragraph.end, marks)).toBe(
      'The [[Ningbo]{place} Port Authority]{organization} met [Sun Qiaoling]{person} [today]{date}.',
    )
  })

  it('should fail with exit code 2 and say why for an unknown or ambiguous id', async () => {
    const unknown = await show(['zz'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('dalian-news show: no article has the id "zz"')
    const ambiguous = await show(['00'], corpusDir)
    expect(ambiguous.code).toBe(2)
    expect(ambiguous.stderr).toContain('"00" starts 5 ids: 000_5c4058081ad657f1, 001_934dfffac594c55a')
  })
})
