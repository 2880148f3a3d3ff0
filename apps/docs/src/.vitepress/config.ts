/**
 * The VitePress site: navigation, sidebar and local search. The reference pages and their sidebar are
 * written by `scripts/generate.ts` before the build, from the code itself.
 */
import { existsSync, readFileSync } from 'node:fs'
import { type DefaultTheme, defineConfig } from 'vitepress'

const apiSidebarFile = new URL('../reference/api/sidebar.json', import.meta.url)

// Missing only before the first `scripts/generate.ts`; the build runs it first, so the reference is never empty.
const apiItems: DefaultTheme.SidebarItem[] = existsSync(apiSidebarFile)
  ? JSON.parse(readFileSync(apiSidebarFile, 'utf8'))
  : []

export default defineConfig({
  title: 'Dalian News',
  description:
    'Turn English-language Dalian municipal news into a syntax tree and a typed document model — as a library, in a terminal, in a browser.',
  lang: 'en-GB',
  outDir: '../dist/site',
  cleanUrls: false,
  lastUpdated: false,
  // A dead internal link fails the build (VitePress's default); keep it that way.
  ignoreDeadLinks: false,
  srcExclude: ['**/README.md'],
  head: [['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }]],
  markdown: { theme: { light: 'github-light', dark: 'github-dark' } },
  themeConfig: {
    logo: '/favicon.svg',
    nav: [
      { text: 'Guide', link: '/guide/library', activeMatch: '/guide/' },
      { text: 'Concepts', link: '/concepts/pipeline', activeMatch: '/concepts/' },
      { text: 'Reference', link: '/reference/api/', activeMatch: '/reference/' },
      { text: 'Performance', link: '/reference/performance' },
      { text: 'Live demo', link: '/demo' },
    ],
    sidebar: [
      {
        text: 'Getting started',
        items: [
          { text: 'The npm library', link: '/guide/library' },
          { text: 'The terminal browser', link: '/guide/terminal' },
          { text: 'The web viewer', link: '/guide/web-viewer' },
          { text: 'Your own articles', link: '/guide/articles' },
        ],
      },
      {
        text: 'Concepts',
        items: [
          { text: 'Pipeline and document model', link: '/concepts/pipeline' },
          { text: 'Offsets and provenance', link: '/concepts/offsets' },
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'Command line', link: '/reference/cli' },
          { text: 'Key bindings', link: '/reference/keys' },
          { text: 'Extraction rules', link: '/reference/rules' },
          { text: 'Messages', link: '/reference/messages' },
          { text: 'Performance', link: '/reference/performance' },
          { text: 'API', link: '/reference/api/', collapsed: true, items: apiItems },
        ],
      },
      { text: 'Live demo', link: '/demo' },
    ],
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    docFooter: { prev: 'Previous', next: 'Next' },
  },
})
