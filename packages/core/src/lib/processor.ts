/**
 * The unified processor at the spine of the pipeline.
 */
import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { type PluggableList, type Processor, unified } from 'unified'
import retextDates from './plugins/retext-dates.js'
import retextDiagnostics from './plugins/retext-diagnostics.js'
import retextEntities from './plugins/retext-entities.js'
import retextMoney from './plugins/retext-money.js'
import retextQuotes from './plugins/retext-quotes.js'
import retextRoles from './plugins/retext-roles.js'
import retextSpeech from './plugins/retext-speech.js'

/** A unified processor that parses English into an NLCST `Root` and runs annotation plugins on it. */
export type ArticleProcessor = Processor<Root, Root, Root, undefined, undefined>

/**
 * The frozen default processor: `retext-english` plus the annotation plugins.
 * Call `processor()` for an unfrozen copy, or use `createProcessor` to add plugins of your own.
 */
export const processor: ArticleProcessor = unified()
  .use(retextEnglish)
  .use(retextEntities)
  .use(retextRoles)
  .use(retextSpeech)
  .use(retextMoney)
  .use(retextDates)
  .use(retextQuotes)
  .use(retextDiagnostics)
  .freeze() as unknown as ArticleProcessor

/**
 * A frozen processor with `plugins` added after the default annotation plugins.
 */
export function createProcessor(plugins: PluggableList = []): ArticleProcessor {
  if (!Array.isArray(plugins)) {
    throw new TypeError(
      `createProcessor(plugins): expected \`plugins\` to be an array of unified plugins, got ${typeof plugins}; pass e.g. [myPlugin] or [[myPlugin, options]]`,
    )
  }
  return processor().use(plugins).freeze() as unknown as ArticleProcessor
}
