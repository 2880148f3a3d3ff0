/**
 * Parsing text in the parser worker: the newest request wins, a parse that runs too long is stopped (the
 * worker is replaced), and the worker is created through a Trusted Types policy that allows only its own
 * address, since the page's policy refuses script URLs made from plain strings.
 */
import { type Article, fromJSON } from '@dalian-news/core'
import type { ParseRequest, ParseResponse } from '../worker/messages.js'

/** Name of the one Trusted Types policy the page's Content-Security-Policy allows. */
export const workerPolicyName = 'dalian-news-worker'

/** How long one parse may take before the worker is stopped, in milliseconds. */
export const parseTimeout = 30_000

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown }
}

type Pending = {
  readonly id: number
  readonly done: (result: ParseResult | undefined) => void
  readonly timer: number
}

/** An article, or why there is none. */
export type ParseResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly reason: string }

let worker: Worker | undefined
let scriptUrl: unknown
let pending: Pending | undefined
let lastId = 0

function workerUrl(): unknown {
  if (scriptUrl) return scriptUrl
  const url = new URL('./parse-worker.js', import.meta.url).href
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes
  scriptUrl = trustedTypes
    ? trustedTypes
        .createPolicy(workerPolicyName, {
          createScriptURL: (value) => {
            if (value !== url) throw new TypeError(`Refusing to start a worker from ${value}`)
            return value
          },
        })
        .createScriptURL(url)
    : url
  return scriptUrl
}

function start(): Worker {
  const created = new Worker(workerUrl() as string, { type: 'module' })
  created.onmessage = (event: MessageEvent<ParseResponse>) => {
    const answer = event.data
    if (!pending || answer.id !== pending.id) return
    const { done, timer } = pending
    pending = undefined
    clearTimeout(timer)
    if (!answer.ok) return done(answer)
    try {
      done({ ok: true, article: fromJSON(answer.article) })
    } catch (error) {
      done({ ok: false, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  created.onerror = (event) => {
    event.preventDefault()
    finish({ ok: false, reason: `The parser stopped: ${event.message || 'it could not be loaded'}` })
  }
  return created
}

function finish(result: ParseResult): void {
  if (!pending) return
  const { done, timer } = pending
  pending = undefined
  clearTimeout(timer)
  done(result)
}

/**
 * Parse `text` into an article in the worker. A newer call supersedes an unfinished one: the older promise
 * then resolves to `undefined`.
 */
export function parseInWorker(text: string): Promise<ParseResult | undefined> {
  if (pending) {
    // Only the newest text matters: stop the parse of the older one rather than wait for it.
    const { done, timer } = pending
    clearTimeout(timer)
    pending = undefined
    worker?.terminate()
    worker = undefined
    done(undefined)
  }
  worker ??= start()
  const id = ++lastId
  return new Promise((done) => {
    const timer = window.setTimeout(() => {
      // A parse this slow is stuck or huge: stop it and start afresh for the next request.
      worker?.terminate()
      worker = undefined
      finish({ ok: false, reason: `Parsing took longer than ${parseTimeout / 1000} seconds and was stopped` })
    }, parseTimeout)
    pending = { id, done, timer }
    worker!.postMessage({ id, text } satisfies ParseRequest)
  })
}
