/**
 * Finding the TypeScript code samples in the docs' Markdown, so every one can be compiled and run.
 */

/** A fenced code block in a Markdown file. */
export interface CodeSample {
  /** Markdown file it came from. */
  readonly file: string
  /** 1-based line of the opening fence. */
  readonly line: number
  /** Language of the fence (`ts`, `typescript`, …). */
  readonly lang: string
  /** The code between the fences. */
  readonly code: string
  /** What the sample prints, when a fence with `output` in its info string follows it directly. */
  readonly output?: string
}

const fence = /^(`{3,}|~{3,})[ \t]*([\w-]*)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm

/** Languages whose samples are compiled and run. */
export const sampleLanguages = new Set(['ts', 'typescript', 'mts'])

/**
 * Every fenced block of `markdown` in a sample language (a block whose info string has `no-run` is skipped),
 * with the output block that follows it, if any.
 */
export function extractCodeSamples(markdown: string, file: string): CodeSample[] {
  const samples: CodeSample[] = []
  const blocks = [...markdown.matchAll(fence)]
  blocks.forEach((match, index) => {
    const lang = match[2]!.toLowerCase()
    const info = match[0].slice(0, match[0].indexOf('\n'))
    if (!sampleLanguages.has(lang) || /\bno-run\b/.test(info)) return
    const line = markdown.slice(0, match.index).split('\n').length
    const next = blocks[index + 1]
    const between = next ? markdown.slice(match.index + match[0].length, next.index) : ''
    const nextInfo = next ? next[0].slice(0, next[0].indexOf('\n')) : ''
    const output = next && between.trim() === '' && /\boutput\b/.test(nextInfo) ? next[3]! : undefined
    samples.push({ file, line, lang, code: match[3]!, ...(output === undefined ? {} : { output }) })
  })
  return samples
}
