/**
 * The legend of the reader's highlights, which is also where each type is switched on and off, and the
 * switch for the article's messages.
 */
import { formatCount } from '../lib/format.js'
import { type HighlightType, highlightTypes } from '../lib/route.js'

type Props = {
  /** Highlights of each type in the article. */
  readonly counts: Readonly<Record<HighlightType, number>>
  /** Types switched off. */
  readonly hidden: readonly HighlightType[]
  /** Whether messages are shown. */
  readonly diagnostics: boolean
  /** Messages the article has. */
  readonly messages: number
  /** Called with the new list of types switched off. */
  readonly onHidden: (hidden: HighlightType[]) => void
  /** Called when messages are switched on or off. */
  readonly onDiagnostics: (on: boolean) => void
}

/** Names of the highlight types, as the legend shows them. */
export const typeLabels: Readonly<Record<HighlightType, string>> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  money: 'Money',
}

/** The legend and its switches. */
export function Legend({ counts, hidden, diagnostics, messages, onHidden, onDiagnostics }: Props) {
  return (
    <div class="legend">
      <fieldset class="legend-types">
        <legend class="legend-title">Highlight</legend>
        {highlightTypes.map((type) => {
          const on = !hidden.includes(type)
          return (
            <label key={type} class="toggle">
              <input
                type="checkbox"
                name="highlight"
                value={type}
                checked={on}
                onChange={(event) => {
                  const checked = event.currentTarget.checked
                  onHidden(checked ? hidden.filter((item) => item !== type) : [...hidden, type])
                }}
              />
              <span class={`swatch hl hl-${type}`}>{typeLabels[type]}</span>
              <span class="toggle-count">{formatCount(counts[type])}</span>
            </label>
          )
        })}
      </fieldset>
      <label class="toggle toggle-diagnostics">
        <input
          type="checkbox"
          name="diagnostics"
          checked={diagnostics}
          onChange={(event) => onDiagnostics(event.currentTarget.checked)}
        />
        <span class="swatch diag">Diagnostics</span>
        <span class="toggle-count">{formatCount(messages)}</span>
      </label>
    </div>
  )
}
