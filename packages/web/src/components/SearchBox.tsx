/**
 * The search box: every keystroke updates the `#/search/…` permalink, so results follow as you type and
 * the address can be shared at any moment.
 */
import { useEffect, useState } from 'preact/hooks'

type Props = {
  /** The query in the address. */
  readonly query: string
  /** Called with the query as typed. */
  readonly onQuery: (query: string) => void
}

/** A labelled search field with a hint about the query language. */
export function SearchBox({ query, onQuery }: Props) {
  // The field keeps what was typed (spaces included) while the route follows; back and forward reset it.
  const [text, setText] = useState(query)
  useEffect(() => {
    setText((current) => (current.trim() === query.trim() ? current : query))
  }, [query])
  return (
    <search class="search">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onQuery(text)
        }}
      >
        <label for="search-input" class="search-label">
          Search the articles
        </label>
        <div class="search-row">
          <input
            id="search-input"
            class="search-input"
            type="search"
            name="q"
            autocomplete="off"
            spellcheck={false}
            value={text}
            aria-describedby="search-hint"
            onInput={(event) => {
              const value = event.currentTarget.value
              setText(value)
              onQuery(value)
            }}
          />
        </div>
        <p id="search-hint" class="hint">
          Words, <code>"exact phrases"</code>, or <code>person:"Full Name"</code>, <code>org:</code>,{' '}
          <code>place:</code>
        </p>
      </form>
    </search>
  )
}
