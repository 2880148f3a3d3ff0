export type { Io } from './lib/io.js'
export { resolveCorpusDir } from './lib/resolve-corpus.js'
export { toTerminalText } from './lib/terminal-text.js'
export { run } from './run.js'
