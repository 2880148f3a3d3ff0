import axe from 'axe-core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Session, screenshot, startSession } from './browser.js'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(async () => {
  await session?.close()
})

const pasted =
  'Ferry Line Opens\n\nMayor Zhou Minghua of Yantai opened a ferry line worth 3 million yuan.\u0007\n'

// Every page, in the state that shows the most: a search, a facet, a reader with a mention in focus and
// its messages on, the ledgers, and a pasted article.
const views: readonly { readonly name: string; readonly hash: string; readonly ready: string }[] = [
  { name: 'list', hash: '', ready: '.card' },
  { name: 'search', hash: '#/search/enclave%20economy', ready: '.card mark' },
  { name: 'facet', hash: '#/entity/place%3ADalian', ready: '.card mark' },
  { name: 'reader', hash: '#/a/003_23f7020b663a3015/m/0/diagnostics', ready: '.reader-body' },
  { name: 'money', hash: '#/money', ready: '.ledger-table' },
  { name: 'speech', hash: '#/speech', ready: '.ledger-table' },
  { name: 'paste', hash: '#/paste/diagnostics', ready: '#paste-text' },
]

async function ready(page: Page, selector: string, name: string): Promise<void> {
  if (name === 'paste') {
    await page.waitForSelector(selector)
    await page.fill('#paste-text', pasted)
    await page.waitForSelector('.diag-note')
  } else await page.waitForSelector(selector)
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`should pass an axe-core scan without serious or critical violations in ${scheme} mode`, async () => {
      // The scan script is not one of the viewer's own, so only the scanning context may bypass the policy.
      const context = await session.browser.newContext({ bypassCSP: true, colorScheme: scheme })
      const page = await context.newPage()
      const found: string[] = []
      for (const view of views) {
        await page.goto(`${session.server.url}${view.hash}`)
        await ready(page, view.ready, view.name)
        await page.addScriptTag({ content: axe.source })
        const results = await page.evaluate(() =>
          (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
        )
        for (const violation of results.violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            found.push(
              `${view.name}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            )
          }
        }
      }
      expect(found).toEqual([])
      await context.close()
    })
  }

  it('should reach the skip link first and move focus to the content with it, keeping the route', async () => {
    const { page } = await session.open('#/search/port')
    await page.waitForSelector('.card')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    // The focused skip link is on screen, with a visible outline.
    const box = await page.locator('.skip-link').boundingBox()
    expect(box?.y).toBeGreaterThanOrEqual(0)
    expect(
      await page.locator('.skip-link').evaluate((element) => getComputedStyle(element).outlineStyle),
    ).toBe('solid')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(await page.evaluate(() => location.hash)).toBe('#/search/port')
    await page.close()
  })

  it('should let the keyboard open an article, switch a highlight type off and follow a mention', async () => {
    const { page } = await session.open('')
    await page.waitForSelector('.card')
    await page.locator('.card-title a').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('.reader-body')
    // The new page's title takes the focus, so the next Tab starts from there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-title')
    // Through the title's own mentions to the legend's first switch.
    let presses = 0
    while ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== 'person') {
      expect(++presses).toBeLessThan(20)
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Space')
    await page.waitForFunction(() => location.hash.endsWith('/hide/person'))
    expect(await page.locator('.reader-body .hl-person').count()).toBe(0)
    await page.locator('.reader-body a.hl').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('.details')
    expect(await page.evaluate(() => location.hash)).toMatch(/\/m\/\d+\/hide\/person$/)
    await page.close()
  })

  it('should fit a 360 px wide screen without sideways scrolling on every page', async () => {
    const overflowing: string[] = []
    for (const view of views) {
      const { page } = await session.open(view.hash, { width: 360, height: 740 })
      await ready(page, view.ready, view.name)
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }))
      if (width.scroll > width.client) overflowing.push(`${view.name}: ${width.scroll} > ${width.client}`)
      await screenshot(page, `narrow-${view.name}`)
      await page.close()
    }
    expect(overflowing).toEqual([])
  })

  it('should follow the dark colour scheme and drop smooth scrolling for reduced motion', async () => {
    const context = await session.browser.newContext({ colorScheme: 'dark', reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.goto(`${session.server.url}#/a/001_934dfffac594c55a`)
    await page.waitForSelector('.reader-body')
    const styles = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
    }))
    expect(styles.background).toBe('rgb(20, 23, 28)')
    expect(styles.scroll).toBe('auto')
    await screenshot(page, 'reader-dark')
    await context.close()
  })
})
