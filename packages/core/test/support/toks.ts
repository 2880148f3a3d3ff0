/**
 * The entity rules' tokens of every sentence of a text, for tests on word classes and titles.
 */
import type { Sentence } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { sentenceToks, type Tok } from '../../src/lib/entities/tokens.js'

const parser = unified().use(retextEnglish)

/** The tokens of every sentence of `text`, in order. */
export function toksOf(text: string): Tok[] {
  const toks: Tok[] = []
  for (const paragraph of parser.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') toks.push(...sentenceToks(sentence as Sentence))
    }
  }
  return toks
}
