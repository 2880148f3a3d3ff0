/**
 * Parsing: `parseArticle` against bare `retext-english` parsing, article by article, on the bundled
 * corpus repeated to ~1 MB and ~10 MB — with no annotation and with the full pipeline — beside
 * compromise's people/places/organizations; plus the model's retained memory, a 2 MB single line and
 * the peak memory of one 20 MB article (in a child process of its own).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type ArticleProcessor, parseArticle, processor } from '@dalian-news/core'
import nlp from 'compromise'
import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { type Plugin, type Processor, unified } from 'unified'
import {
  fixed,
  median,
  megabytes,
  peakRssMb,
  type Row,
  scaledTexts,
  settledHeap,
  time,
  timeRounds,
} from './harness.js'

export function benchParse(): Row[] {
  const rows: Row[] = []
  const bare = unified().use(retextEnglish).freeze()
  const parseOnly = bare as unknown as ArticleProcessor
  for (const [label, bytes] of [
    ['1 MB', 1e6],
    ['10 MB', 1e7],
  ] as const) {
    const texts = scaledTexts(bytes)
    const size = megabytes(texts)
    const runAll = (fn: (text: string) => unknown) => () => {
      for (const text of texts) fn(text)
    }
    const rounds = timeRounds(
      {
        bare: runAll((text) => bare.parse(text)),
        parseOnly: runAll((text) => parseArticle(text, { tree: false, processor: parseOnly })),
        full: runAll((text) => parseArticle(text, { tree: false })),
      },
      bytes > 5e6 ? 3 : 7,
    )
    const rate = (ms: readonly number[]) => size / (median(ms) / 1000)
    // Each ratio is taken within one round, where both sides ran under the same load.
    const ratio = (ms: readonly number[]) => median(ms.map((value, round) => rounds.bare[round]! / value))
    const bareRate = rate(rounds.bare)
    const fullRate = rate(rounds.full)
    const suite = `parse ${label}`
    rows.push(
      {
        suite,
        name: 'bare retext-english',
        value: `${fixed(bareRate)} MB/s`,
        note: `${texts.length} articles`,
      },
      {
        suite,
        name: 'parseArticle, no annotation',
        value: `${fixed(rate(rounds.parseOnly))} MB/s`,
        note: `${fixed(ratio(rounds.parseOnly))}× bare (median of ${rounds.bare.length} rounds)`,
      },
      { suite, name: 'parseArticle, full pipeline', value: `${fixed(fullRate)} MB/s` },
      {
        suite,
        name: 'ratio full pipeline / bare',
        value: `${fixed(ratio(rounds.full))}×`,
        note: `goal ≥ 0.6×; median of the ratios within each of ${rounds.bare.length} alternating rounds`,
      },
    )
    if (bytes < 5e6) {
      rows.push(...pluginRows(texts, size, fullRate))
      const peerMs = time(() => {
        for (const text of texts) {
          const doc = nlp(text)
          doc.people().out('array')
          doc.places().out('array')
          doc.organizations().out('array')
        }
      }, 2)
      const peerRate = size / (peerMs / 1000)
      rows.push({
        suite,
        name: 'compromise people/places/orgs',
        value: `${fixed(peerRate)} MB/s`,
        note: `full pipeline is ${fixed(fullRate / peerRate, 1)}× its speed; F1 side by side: npm run eval`,
      })
    }
  }

  const texts = scaledTexts(1e7)
  const before = settledHeap()
  const articles = texts.map((text) => parseArticle(text, { tree: false }))
  const retained = settledHeap() - before
  rows.push({
    suite: 'memory 10 MB',
    name: 'model heap per byte of text',
    value: `${fixed(retained / (megabytes(texts) * 1e6), 1)} B/B`,
    note: `${articles.length} articles kept, trees dropped (a kept NLCST tree costs ~100 B/B)`,
  })

  const sentence =
    'The city signed cooperation agreements worth 1.2 billion yuan with partners, officials said. '
  const line = sentence.repeat(Math.ceil(2e6 / sentence.length))
  const lineMs = time(() => parseArticle(`A title\n\n${line}`, { tree: false }), 1)
  const lineBareMs = time(() => bare.parse(line.slice(0, 200_000)), 1)
  rows.push({
    suite: 'huge paragraph',
    name: '2 MB single line, parseArticle',
    value: `${fixed(line.length / 1e6 / (lineMs / 1000))} MB/s`,
    note: `bare retext-english on only 0.2 MB of it: ${fixed(0.2 / (lineBareMs / 1000))} MB/s`,
  })
  rows.push({ suite: 'process', name: 'peak RSS', value: `${fixed(peakRssMb(), 0)} MB` })
  rows.push(hugeArticleRow(20))
  return rows
}

// Where the full pipeline's time goes: each annotation plugin of the default processor, in its order,
// timed around its transformer, in milliseconds per megabyte of text.
function pluginRows(texts: readonly string[], size: number, fullRate: number): Row[] {
  const spent = new Map<string, number>()
  type Transform = (...args: unknown[]) => unknown
  const timed = (name: string, plugin: (...options: unknown[]) => Transform | undefined) =>
    function (this: unknown, ...options: unknown[]): Transform | undefined {
      const transform = plugin.apply(this, options)
      if (typeof transform !== 'function') return transform
      return (...args) => {
        const start = performance.now()
        const result = transform(...args)
        spent.set(name, (spent.get(name) ?? 0) + performance.now() - start)
        return result
      }
    }
  let timedProcessor: Processor<Root, Root, Root> = unified() as unknown as Processor<Root, Root, Root>
  for (const [plugin, ...options] of processor.attachers) {
    const name = (plugin as { name: string }).name
    const use = name === 'retextEnglish' ? plugin : timed(name, plugin as Parameters<typeof timed>[1])
    timedProcessor = timedProcessor.use(
      use as Plugin<unknown[], Root, Root>,
      ...options,
    ) as typeof timedProcessor
  }
  const proc = timedProcessor.freeze() as unknown as ArticleProcessor
  const runs = 3
  for (let run = 0; run <= runs; run++) {
    // The first run warms up and is not counted.
    if (run === 1) spent.clear()
    for (const text of texts) parseArticle(text, { tree: false, processor: proc })
  }
  const fullMsPerMb = 1000 / fullRate
  return [...spent].map(([name, ms]) => {
    const perMb = ms / runs / size
    return {
      suite: 'plugins 1 MB',
      name,
      value: `${fixed(perMb, 1)} ms/MB`,
      note: `${fixed((100 * perMb) / fullMsPerMb, 0)}% of the full pipeline`,
    }
  })
}

// A huge article is annotated in sections, so its peak memory should follow the section size and the
// model, not the article's tree; a child process measures it alone.
function hugeArticleRow(megabytes: number): Row {
  const script = fileURLToPath(new URL('./huge-article.ts', import.meta.url))
  const child = spawnSync(process.execPath, [...process.execArgv, script, String(megabytes)], {
    encoding: 'utf8',
  })
  const name = `peak RSS, one ${megabytes} MB article`
  const line = child.stdout.trim().split('\n').at(-1) ?? ''
  if (child.status !== 0 || !line.startsWith('{')) {
    return { suite: 'huge article', name, value: 'failed', note: child.stderr.trim().split('\n').at(-1) }
  }
  const result = JSON.parse(line) as { megabytes: number; seconds: number; peakRssMb: number }
  return {
    suite: 'huge article',
    name,
    value: `${fixed(result.peakRssMb, 0)} MB`,
    note: `${fixed(result.peakRssMb / result.megabytes, 0)} B/B, ${fixed(result.megabytes / result.seconds)} MB/s; annotated in ~1 MB sections, the model kept`,
  }
}
