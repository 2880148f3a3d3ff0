/**
 * The current route, read from the location hash and kept in step with it (links, back and forward,
 * `navigate`).
 */
import { useEffect, useState } from 'preact/hooks'
import { formatRoute, parseRoute, type Route } from '../lib/route.js'

const routeChange = 'dalian-news:route'

/** The route the address bar names now. */
export function currentRoute(): Route {
  return parseRoute(location.hash, location.search)
}

/**
 * Go to `route`. With `replace`, the current history entry is replaced, so typing a search or flipping a
 * toggle does not fill the back button with every keystroke.
 */
export function navigate(route: Route, options: { readonly replace?: boolean } = {}): void {
  const hash = formatRoute(route)
  if (hash === location.hash && !location.search) return
  // The path without the query string: a `?q=` link becomes `#/search/…` once it has been read.
  const url = `${location.pathname}${hash}`
  if (options.replace) history.replaceState(null, '', url)
  else history.pushState(null, '', url)
  dispatchEvent(new Event(routeChange))
}

/** The current route; re-renders when it changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute)
  useEffect(() => {
    const update = () => {
      // `#main` and other plain anchors are not routes: the page stays as it is.
      if (location.hash === '' || location.hash.startsWith('#/')) setRoute(currentRoute())
    }
    // A `?q=` link becomes its `#/search/…` permalink, so the address shows what the page shows.
    if (!location.hash && new URLSearchParams(location.search).has('q'))
      navigate(currentRoute(), { replace: true })
    addEventListener('hashchange', update)
    addEventListener('popstate', update)
    addEventListener(routeChange, update)
    return () => {
      removeEventListener('hashchange', update)
      removeEventListener('popstate', update)
      removeEventListener(routeChange, update)
    }
  }, [])
  return route
}
