export type { SampleModule, SampleRun } from './check-samples.js'
export { runSampleModule, sampleName, typeCheckSamples, writeSampleModules } from './check-samples.js'
export type { CodeSample } from './code-samples.js'
export { extractCodeSamples, sampleLanguages } from './code-samples.js'
