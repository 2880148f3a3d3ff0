/**
 * `quote-spacing`: white space just inside quotation marks (`" old friends"`, `"old friends "`), a
 * common leftover of translation tools that put a space after every mark. Reads the quotes
 * `retext-quotes` found (`paragraph.data.quotes`), whose text is already trimmed of that space.
 */
import { show } from './characters.js'
import type { DiagnosticRule, ParagraphView, Report } from './rule.js'

const ruleId = 'quote-spacing'

// Up to this length the whole quote is the actual text and the fix; a longer one (a quoted paragraph)
// is reported at its marks, so a message never carries a paragraph of text.
const maxWhole = 120

function check(paragraph: ParagraphView, report: Report): void {
  const quotes = paragraph.node.data?.quotes
  if (!quotes) return
  const { original, start } = paragraph
  const end = start + original.length
  for (const quote of quotes) {
    if (quote.open < start || quote.close >= end) continue
    const leading = quote.start > quote.open + 1
    const trailing = quote.end < quote.close
    if (!leading && !trailing) continue
    const open = original[quote.open - start]!
    const close = original[quote.close - start]!
    if (quote.close + 1 - quote.open <= maxWhole) {
      const fixed = `${open}${original.slice(quote.start - start, quote.end - start)}${close}`
      const where =
        leading && trailing
          ? 'inside the quotation marks'
          : leading
            ? 'after the opening quotation mark'
            : 'before the closing quotation mark'
      report({
        start: quote.open,
        end: quote.close + 1,
        ruleId,
        reason: `Unexpected space ${where}, expected ${show(fixed)}`,
        expected: [fixed],
      })
      continue
    }
    if (leading) {
      report({
        start: quote.open,
        end: quote.start,
        ruleId,
        reason: `Unexpected space after the opening quotation mark, expected ${show(open)}`,
        expected: [open],
      })
    }
    if (trailing) {
      report({
        start: quote.end,
        end: quote.close + 1,
        ruleId,
        reason: `Unexpected space before the closing quotation mark, expected ${show(close)}`,
        expected: [close],
      })
    }
  }
}

/** The `quote-spacing` rule. */
export const quoteSpacing: DiagnosticRule = { ruleIds: [ruleId], check }
