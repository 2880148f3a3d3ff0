/**
 * Run as a child process by the parse benchmark: parse one huge article (the bundled articles' bodies
 * repeated under one title) and print its size, time and this process's peak resident set size as JSON,
 * so the figure is the article's alone.
 *
 * Usage: node --import tsx bench/huge-article.ts <megabytes>
 */
import { parseArticle } from '@dalian-news/core'
import { hugeArticle, peakRssMb } from './harness.js'

const megabytes = Number(process.argv[2] ?? 20)
const text = hugeArticle(megabytes * 1e6)
const start = performance.now()
const article = parseArticle(text, { tree: false })
const seconds = (performance.now() - start) / 1000
console.log(
  JSON.stringify({
    megabytes: text.length / 1e6,
    seconds,
    paragraphs: article.paragraphs.length,
    peakRssMb: peakRssMb(),
  }),
)
