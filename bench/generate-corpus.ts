/**
 * A deterministic synthetic corpus for benchmarks: any number of articles, each a title and a few body
 * paragraphs sampled from the bundled corpus with a seeded PRNG, so every run (and every machine) sees
 * exactly the same texts.
 *
 * The vocabulary is the bundled corpus's (~2,000 words), smaller than a real corpus of the same size:
 * figures that depend on the number of distinct words (prefix and fuzzy lookups) are optimistic.
 */
import { type Article, parseArticle } from '@dalian-news/core'
import { bundledTexts } from './harness.js'

/** Options for the generator. */
export interface GenerateOptions {
  /** Seed of the PRNG (default 20191017). */
  readonly seed?: number
  /** Fewest body paragraphs in an article (default 2). */
  readonly minParagraphs?: number
  /** Most body paragraphs in an article (default 4). */
  readonly maxParagraphs?: number
}

/** A small, fast, seedable PRNG (mulberry32): numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [min, max] drawn from `random`. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

/** The body paragraphs of the bundled corpus (the first line of each file is its title). */
export function bundledParagraphs(): string[] {
  return bundledTexts().flatMap((text) =>
    text
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .slice(1)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  )
}

/** `count` article texts: a title of 6–12 words taken from a paragraph, then 2–4 sampled paragraphs. */
export function generateTexts(count: number, options: GenerateOptions = {}): string[] {
  const random = mulberry32(options.seed ?? 20191017)
  const min = options.minParagraphs ?? 2
  const max = options.maxParagraphs ?? 4
  const pool = bundledParagraphs()
  const pick = () => pool[Math.floor(random() * pool.length)]!
  const texts: string[] = []
  for (let index = 0; index < count; index++) {
    const words = pick()
      .split(/\s+/)
      .map((word) => word.replace(/[^\p{L}\p{N}'’-]/gu, ''))
      .filter(Boolean)
    const length = randomInt(random, 6, 12)
    const from = randomInt(random, 0, Math.max(0, words.length - length))
    const title = words.slice(from, from + length).join(' ')
    const body = Array.from({ length: randomInt(random, min, max) }, pick)
    texts.push(`${title.charAt(0).toUpperCase()}${title.slice(1)}\n\n${body.join('\n\n')}\n`)
  }
  return texts
}

/** `count` parsed articles (trees dropped), with ids `gen-00000`, `gen-00001`, … */
export function generateArticles(count: number, options: GenerateOptions = {}): Article[] {
  const width = String(Math.max(0, count - 1)).length
  return generateTexts(count, options).map((text, index) =>
    parseArticle(text, { id: `gen-${String(index).padStart(Math.max(5, width), '0')}`, tree: false }),
  )
}
