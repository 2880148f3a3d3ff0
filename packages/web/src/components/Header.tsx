/**
 * The site header: the name and the sections, the current one marked for assistive technology too.
 */
import type { Route } from '../lib/route.js'

type Props = {
  /** The current route, to mark the current section. */
  readonly route: Route
}

const sections = [
  { href: '#/', label: 'Articles', pages: ['articles', 'article'] },
  { href: '#/money', label: 'Money', pages: ['money'] },
  { href: '#/speech', label: 'Speech', pages: ['speech'] },
  { href: '#/paste', label: 'Your article', pages: ['paste'] },
] as const

/** The header. */
export function Header({ route }: Props) {
  return (
    <header class="site-header">
      <a class="brand" href="#/">
        <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle class="sea" cx="16" cy="16" r="16" />
          <path class="wave" d="M6 18c3-3 6-3 10 0s7 3 10 0M6 23c3-3 6-3 10 0s7 3 10 0" />
          <circle class="sun" cx="16" cy="10" r="3" />
        </svg>
        Dalian News
      </a>
      <nav aria-label="Sections">
        <ul class="nav-list">
          {sections.map((section) => (
            <li key={section.href}>
              <a
                class="nav-link"
                href={section.href}
                aria-current={(section.pages as readonly string[]).includes(route.page) ? 'page' : undefined}
              >
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
