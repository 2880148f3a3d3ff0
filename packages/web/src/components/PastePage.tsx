/**
 * "Read your own article": text pasted, typed or dropped here is parsed by core's `parseArticle` (in the
 * parser worker) as you type and shown in the reader. Nothing leaves the browser; the text is kept in this
 * tab's session storage so a reload or a mention permalink shows it again.
 */
import { type Article, decodeText } from '@dalian-news/core'
import { useEffect, useState } from 'preact/hooks'
import { plural } from '../lib/format.js'
import { parseInWorker } from '../lib/parse-client.js'
import type { ReaderOptions } from '../lib/route.js'
import { Reader } from './Reader.js'

type Props = {
  /** Reader options from the route. */
  readonly options: ReaderOptions
}

const storageKey = 'dalian-news:pasted'
// Parse when typing pauses, not on every keystroke of a long article.
const pause = 150

function stored(): string {
  try {
    return sessionStorage.getItem(storageKey) ?? ''
  } catch {
    // Storage can be switched off; the panel still works, it just forgets on reload.
    return ''
  }
}

function store(text: string): void {
  try {
    if (text) sessionStorage.setItem(storageKey, text)
    else sessionStorage.removeItem(storageKey)
  } catch {
    // Full or switched off: nothing to do.
  }
}

/** The paste panel and the reader for what was pasted. */
export function PastePage({ options }: Props) {
  const [text, setText] = useState(stored)
  const [settled, setSettled] = useState(text)
  const [problem, setProblem] = useState<string | undefined>()
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(text)
      store(text)
    }, pause)
    return () => clearTimeout(timer)
  }, [text])

  const [article, setArticle] = useState<Article | undefined>()
  const [parsing, setParsing] = useState(false)
  const [failure, setFailure] = useState<string | undefined>()

  useEffect(() => {
    if (!settled.trim()) {
      setArticle(undefined)
      setFailure(undefined)
      setParsing(false)
      return
    }
    let live = true
    setParsing(true)
    parseInWorker(settled).then((result) => {
      // `undefined`: a newer text replaced this one, and its answer will come.
      if (!live || !result) return
      setParsing(false)
      if (result.ok) {
        setArticle(result.article)
        setFailure(undefined)
      } else setFailure(result.reason)
    })
    return () => {
      live = false
    }
  }, [settled])

  const readFile = async (file: File) => {
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()))
    if (decoded.ok) {
      setProblem(undefined)
      setText(decoded.text)
    } else setProblem(`${file.name} was not read: ${decoded.reason}`)
  }

  // A file or text dropped anywhere on this page is read, not opened by the browser in place of the page.
  useEffect(() => {
    const over = (event: DragEvent) => {
      event.preventDefault()
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      if (!event.relatedTarget) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      event.preventDefault()
      setDragging(false)
      const file = event.dataTransfer?.files[0]
      const dropped = event.dataTransfer?.getData('text/plain')
      if (file) void readFile(file)
      else if (dropped) setText(dropped)
    }
    addEventListener('dragover', over)
    addEventListener('dragleave', leave)
    addEventListener('drop', drop)
    return () => {
      removeEventListener('dragover', over)
      removeEventListener('dragleave', leave)
      removeEventListener('drop', drop)
    }
  }, [])

  return (
    <>
      <section class="paste" aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          Read your own article
        </h1>
        <p class="lede">
          Paste the text of an English news article, or drop a text file here. It is read in this page only:
          nothing is sent anywhere.
        </p>
        <div class={dragging ? 'dropzone is-dragging' : 'dropzone'}>
          <label for="paste-text" class="field-label">
            Article text
          </label>
          <textarea
            id="paste-text"
            class="paste-text"
            rows={10}
            spellcheck={false}
            value={text}
            aria-describedby="paste-hint"
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <p id="paste-hint" class="hint">
            The first line is the title; a blank line separates paragraphs.
          </p>
          <div class="paste-actions">
            <label class="button file-button">
              Open a text file…
              <input
                class="visually-hidden"
                type="file"
                accept=".txt,.md,text/plain"
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0]
                  if (file) void readFile(file)
                  event.currentTarget.value = ''
                }}
              />
            </label>
            <button
              type="button"
              class="button button-quiet"
              disabled={text === ''}
              onClick={() => {
                setText('')
                setProblem(undefined)
              }}
            >
              Clear
            </button>
          </div>
        </div>
        {problem || failure ? (
          <p class="problem" role="alert">
            {problem ?? failure}
          </p>
        ) : null}
        <p class="result-count" role="status">
          {parsing
            ? 'Reading…'
            : article
              ? `Read ${plural(article.stats.words, 'word')} in ${plural(article.stats.paragraphs, 'paragraph')}: ${plural(article.entities.length, 'name')}, ${plural(article.money.length, 'amount')}, ${plural(article.messages.length, 'message')}.`
              : ''}
        </p>
      </section>
      {article ? (
        <Reader
          article={article}
          options={options}
          routeFor={(next) => ({ page: 'paste', ...next })}
          level={2}
        />
      ) : null}
    </>
  )
}
