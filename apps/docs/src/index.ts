export type { CodeSample } from './code-samples.js'
export { extractCodeSamples, sampleLanguages } from './code-samples.js'
