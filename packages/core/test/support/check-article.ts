import type { Article, Paragraph, Span } from '../../src/index.js'
import { lineColumns } from './line-column.js'

const maxProblems = 10

/**
 * Everything that must hold for any parsed article, as a list of problems (empty when all hold).
 * Plain comparisons rather than `expect` per unit, so a 20 MB article is checked in well under a second.
 */
export function checkArticle(article: Article): string[] {
  const { text } = article
  const at = lineColumns(text)
  const problems: string[] = []
  const report = (problem: string) => {
    if (problems.length < maxProblems) problems.push(problem)
  }

  const checkSpan = (unit: Span & { readonly text: string }, name: string) => {
    if (!Number.isInteger(unit.start) || !Number.isInteger(unit.end) || unit.start > unit.end) {
      report(`${name}: bad range ${unit.start}-${unit.end}`)
      return
    }
    if (unit.start < 0 || unit.end > text.length)
      report(`${name}: range ${unit.start}-${unit.end} outside the text`)
    if (text.slice(unit.start, unit.end) !== unit.text) {
      report(`${name}: text ${JSON.stringify(unit.text)} is not text.slice(${unit.start}, ${unit.end})`)
    }
    const expected = at(unit.start)
    if (unit.line !== expected.line || unit.column !== expected.column) {
      report(`${name}: at ${unit.line}:${unit.column}, expected ${expected.line}:${expected.column}`)
    }
  }

  const blocks: [Paragraph, string][] = article.heading ? [[article.heading, 'heading']] : []
  article.paragraphs.forEach((paragraph, index) => {
    blocks.push([paragraph, `paragraphs[${index}]`])
  })
  let paragraphEnd = 0
  let sentenceEnd = 0
  let sentenceIndex = 0
  let words = 0
  let sentences = 0
  for (const [paragraph, name] of blocks) {
    checkSpan(paragraph, name)
    const expectedIndex = paragraph === article.heading ? -1 : article.paragraphs.indexOf(paragraph)
    if (paragraph.index !== expectedIndex)
      report(`${name}: index ${paragraph.index}, expected ${expectedIndex}`)
    if (paragraph.start < paragraphEnd)
      report(`${name}: starts at ${paragraph.start}, before ${paragraphEnd}`)
    paragraphEnd = paragraph.end
    paragraph.sentences.forEach((sentence, position) => {
      const where = `${name}.sentences[${position}]`
      checkSpan(sentence, where)
      sentences++
      if (sentence.index !== sentenceIndex)
        report(`${where}: index ${sentence.index}, expected ${sentenceIndex}`)
      sentenceIndex++
      if (sentence.start < sentenceEnd) report(`${where}: starts at ${sentence.start}, before ${sentenceEnd}`)
      sentenceEnd = sentence.end
      if (sentence.start < paragraph.start || sentence.end > paragraph.end)
        report(`${where}: outside its paragraph`)
      // Tokens tile their sentence: no text inside a sentence is lost or counted twice.
      let tokenEnd = sentence.start
      sentence.tokens.forEach((token, index) => {
        const tokenName = `${where}.tokens[${index}]`
        checkSpan(token, tokenName)
        if (token.start !== tokenEnd) report(`${tokenName}: starts at ${token.start}, expected ${tokenEnd}`)
        tokenEnd = token.end
        if (token.kind === 'word') words++
      })
      if (tokenEnd !== sentence.end)
        report(`${where}: tokens end at ${tokenEnd}, sentence at ${sentence.end}`)
    })
  }

  const { stats } = article
  if (stats.words !== words) report(`stats.words is ${stats.words}, but there are ${words} word tokens`)
  if (stats.sentences !== sentences) report(`stats.sentences is ${stats.sentences}, expected ${sentences}`)
  if (stats.paragraphs !== article.paragraphs.length) report(`stats.paragraphs is ${stats.paragraphs}`)
  if (stats.characters !== text.length)
    report(`stats.characters is ${stats.characters}, expected ${text.length}`)
  return problems
}
