import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Session, screenshot, startSession } from './browser.js'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(async () => {
  await session?.close()
})

const hostile = [
  'Harbour <img src=x onerror=alert(1)> Opens',
  '',
  'Mayor Zhou Minghua said <script>alert(2)</script> the harbour opened.',
  '',
  'A link <a href="javascript:alert(3)">here</a> and <svg onload=alert(4)></svg> too.',
  '',
].join('\n')

describe('article text is only ever text', () => {
  it('should show pasted HTML as text and run none of it', async () => {
    const { page, errors, dialogs } = await session.open('#/paste')
    await page.fill('#paste-text', hostile)
    await page.waitForSelector('.reader-body')
    await page.locator('.legend input[name="diagnostics"]').check()
    // The reader re-renders with diagnostics on; wait until it shows the hostile text again.
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('.legend input[name="diagnostics"]')?.checked === true &&
        (document.querySelector('.reader-body')?.textContent ?? '').includes('<script>alert(2)</script>'),
    )

    expect(await page.locator('.reader-title').textContent()).toBe(
      'Harbour <img src=x onerror=alert(1)> Opens',
    )
    const body = (await page.locator('.reader-body').textContent()) ?? ''
    expect(body).toContain('<script>alert(2)</script>')
    expect(body).toContain('<a href="javascript:alert(3)">here</a>')
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('main script, main a[href^="javascript:"], main svg').count()).toBe(0)
    expect(await page.locator('script').count()).toBe(1)
    await screenshot(page, 'paste-hostile')
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('should keep HTML in a search query as text', async () => {
    const { page, errors, dialogs } = await session.open('#/search/%3Cimg%20src%3Dx%20onerror%3Dalert(5)%3E')
    await page.waitForSelector('.result-count')
    expect(await page.inputValue('#search-input')).toBe('<img src=x onerror=alert(5)>')
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.title()).toContain('<img src=x onerror=alert(5)>')
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('should refuse HTML written as a string, by the page’s own policy', async () => {
    const { page } = await session.open('')
    await page.waitForSelector('.card')
    // Trusted Types with no HTML policy: the browser itself throws on any string assigned as HTML.
    const outcome = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x>')
        return 'written'
      } catch (error) {
        return (error as Error).name
      }
    })
    expect(outcome).toBe('TypeError')
    expect(await page.locator('img').count()).toBe(0)
    await page.close()
  })
})
