import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Session, screenshot, startSession } from './support/site.js'

let session: Session

beforeAll(async () => {
  session = await startSession()
})

afterAll(async () => {
  await session?.close()
})

describe('the built docs site in Chromium', () => {
  it('should find parseArticle with the local search and open its API page', async () => {
    const { page, errors, external } = await session.open('index.html')
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'Search' }).click()
    const input = page.locator('.VPLocalSearchBox input')
    await input.fill('parseArticle')
    const first = page.locator('.VPLocalSearchBox .result').first()
    await expect.poll(() => first.textContent()).toContain('parseArticle')
    await input.press('Enter')
    await page.waitForURL(/\/reference\/api\/core\/functions\/parseArticle\.html/)
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('parseArticle')
    await expect.poll(() => page.locator('.vp-doc').textContent()).toContain('Parse an article')
    await screenshot(page, 'search-parseArticle')
    expect(errors).toEqual([])
    expect(external).toEqual([])
  })

  it('should show the five bundled articles in the live demo, within the viewer’s own CSP', async () => {
    const { page, errors, external } = await session.open('demo.html')
    const frame = page.frameLocator('iframe.demo-frame')
    await expect.poll(() => frame.locator('main').textContent(), { timeout: 30_000 }).toMatch(/Dalian/)
    const titles = (await frame.locator('main').textContent()) ?? ''
    for (const title of [
      'Led the Delegation to Vigorously Promote Potential Dalian in Beijing',
      'Visits Some Japanese and Korean Enterprises',
      'to Chaoyang City to Study and Research',
      'visited Huludao city and Jinzhou city',
      'Shanghai and Dalian Counterpart Cooperation Forum',
    ]) {
      expect(titles).toContain(title)
    }
    const policy = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    await screenshot(page, 'demo')
    expect(errors).toEqual([])
    expect(external).toEqual([])
  })

  it.each([
    'index.html',
    'guide/library.html',
    'guide/terminal.html',
    'guide/web-viewer.html',
    'concepts/pipeline.html',
    'reference/cli.html',
    'reference/keys.html',
    'reference/rules.html',
  ])('should render %s with every image loaded and no errors', async (path) => {
    const { page, errors, external } = await session.open(path)
    await page.waitForLoadState('networkidle')
    const images = await page.locator('.vp-doc img, .VPHome img').evaluateAll((nodes) =>
      nodes.map((node) => {
        const image = node as HTMLImageElement
        return { src: image.getAttribute('src'), loaded: image.complete && image.naturalWidth > 0 }
      }),
    )
    expect(images.filter((image) => !image.loaded)).toEqual([])
    await screenshot(page, path.replace(/\.html$/, '').replace(/\//g, '-'))
    expect(errors).toEqual([])
    expect(external).toEqual([])
  })
})
