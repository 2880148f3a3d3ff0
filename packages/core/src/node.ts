export * from './index.js'
export type { LoadOptions } from './lib/load-corpus.js'
export { defaultMaxBytes, loadCorpus } from './lib/load-corpus.js'
