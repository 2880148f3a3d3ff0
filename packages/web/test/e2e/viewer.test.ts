import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OpenPage, type Session, screenshot, startSession } from './browser.js'

let session: Session
beforeAll(async () => {
  session = await startSession()
})
afterAll(async () => {
  await session?.close()
})

async function list(hash = ''): Promise<OpenPage> {
  const opened = await session.open(hash)
  await opened.page.waitForSelector('.card')
  return opened
}

describe('the article list', () => {
  it('should list the five bundled articles in corpus order', async () => {
    const { page, errors } = await list()
    expect(await page.locator('.card').count()).toBe(5)
    expect(await page.locator('.result-count').textContent()).toBe('5 articles')
    await screenshot(page, 'list')
    expect(errors).toEqual([])
    await page.close()
  })

  it('should rank the Chaoyang article first for "enclave economy", with the words marked in context', async () => {
    const { page, errors } = await list()
    await page.fill('#search-input', 'enclave economy')
    await page.waitForFunction(() => location.hash === '#/search/enclave%20economy')
    const first = page.locator('.card').first()
    expect(await first.locator('.card-title').textContent()).toContain('Chaoyang')
    const marked = await first.locator('mark.hit').allTextContents()
    expect(marked.map((text) => text.toLowerCase())).toContain('enclave')
    expect(await page.locator('.result-count').textContent()).toMatch(/of 5 articles match “enclave economy”/)
    await screenshot(page, 'search')
    expect(errors).toEqual([])
    await page.close()
  })

  it('should narrow the list to a person chosen in the facets and mark that person’s mentions', async () => {
    const { page, errors } = await list()
    const facet = page.locator('#facets-person a.facet').nth(1)
    const name = (await facet.locator('.facet-name').textContent()) ?? ''
    await facet.click()
    await page.waitForFunction(() => location.hash.startsWith('#/entity/person'))
    expect(await page.locator('#facets-person a[aria-current="true"] .facet-name').textContent()).toBe(name)
    const cards = page.locator('.card')
    expect(await cards.count()).toBeGreaterThan(0)
    expect(await page.locator('.filter-chip').textContent()).toContain(name)
    // Every card shows the person's mentions, marked.
    for (let index = 0; index < (await cards.count()); index++) {
      expect(await cards.nth(index).locator('mark.hl-person.is-selected').count()).toBeGreaterThan(0)
    }
    await screenshot(page, 'facet-person')

    // In the reader, every mention of the person is marked, and nothing else is.
    await cards.first().locator('.card-title a').click()
    await page.waitForSelector('.reader-body')
    const current = page.locator('.entity-index a[aria-current="true"]')
    expect(await current.locator('.facet-name').textContent()).toBe(name)
    const expected = Number.parseInt((await current.locator('.count').textContent()) ?? '', 10)
    const selected = page.locator('.reader-body .hl.is-selected, .reader-title .hl.is-selected')
    expect(await selected.count()).toBe(expected)
    expect(await page.locator('.reader .hl.is-selected:not(.hl-person)').count()).toBe(0)
    await screenshot(page, 'reader-person-marked')
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('permalinks', () => {
  it('should restore a mention in focus and the switched-off highlights on reload', async () => {
    const { page, errors } = await list()
    await page.locator('.card-title a').nth(2).click()
    await page.waitForSelector('.reader-body')
    await page.locator('.legend input[value="place"]').uncheck()
    const mention = page.locator('.reader-body a.hl-organization').first()
    const start = await mention.getAttribute('data-start')
    await mention.click()
    await page.waitForSelector('.details')
    const hash = await page.evaluate(() => location.hash)
    expect(hash).toMatch(new RegExp(`^#/a/[^/]+/m/${start}/hide/place$`))
    const name = await page.locator('.details-name').textContent()

    await page.reload()
    await page.waitForSelector('.details')
    expect(await page.evaluate(() => location.hash)).toBe(hash)
    expect(await page.locator('.details-name').textContent()).toBe(name)
    const focused = page.locator(`.reader-body [data-start="${start}"]`)
    expect(await focused.getAttribute('class')).toContain('is-focused')
    expect(await focused.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await page.locator('.legend input[value="place"]').isChecked()).toBe(false)
    expect(await page.locator('.reader-body .hl-place, .reader-title .hl-place').count()).toBe(0)
    await screenshot(page, 'reader-mention-permalink')
    expect(errors).toEqual([])
    await page.close()
  })

  it('should open a shared search permalink with the query in the box and the same ranking', async () => {
    const { page, errors } = await list('#/search/enclave%20economy')
    expect(await page.inputValue('#search-input')).toBe('enclave economy')
    expect(await page.locator('.card-title').first().textContent()).toContain('Chaoyang')
    const { page: other } = await list('?q=enclave%20economy')
    expect(await other.evaluate(() => location.hash)).toBe('#/search/enclave%20economy')
    expect(await other.locator('.card-title').first().textContent()).toContain('Chaoyang')
    expect(errors).toEqual([])
    await page.close()
    await other.close()
  })

  it('should go back to the list with the back button after opening an article', async () => {
    const { page } = await list()
    await page.locator('.card-title a').first().click()
    await page.waitForSelector('.reader-body')
    await page.goBack()
    await page.waitForSelector('.card')
    expect(await page.locator('.card').count()).toBe(5)
    await page.close()
  })
})

describe('the ledgers', () => {
  it('should link an amount of money to its place in the text', async () => {
    const { page, errors } = await session.open('#/money')
    await page.waitForSelector('.ledger-table')
    const rows = page.locator('.ledger-table tbody tr')
    expect(await rows.count()).toBeGreaterThan(0)
    const written = await rows.first().locator('mark.hl-money').textContent()
    await screenshot(page, 'money')
    await rows.first().locator('a.kwic').click()
    await page.waitForSelector('.reader-body')
    expect(await page.locator('.reader-body .hl-money.is-focused').textContent()).toBe(written)
    expect(await page.locator('.details-name').textContent()).toMatch(/\d/)
    expect(errors).toEqual([])
    await page.close()
  })

  it('should link a statement to its sentence, marked in the reader', async () => {
    const { page, errors } = await session.open('#/speech')
    await page.waitForSelector('.ledger-table')
    const row = page.locator('.ledger-table tbody tr').first()
    const cue = (await row.locator('mark.cue').textContent()) ?? ''
    await screenshot(page, 'speech')
    await row.locator('a.kwic').click()
    await page.waitForSelector('.reader-body')
    const sentence = page.locator('.reader-body .sentence.is-focused')
    expect(await sentence.count()).toBe(1)
    expect(await sentence.textContent()).toContain(cue)
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('your own article', () => {
  it('should parse a pasted article as it is typed and show its messages at their place', async () => {
    const { page, errors } = await session.open('#/paste')
    await page.fill(
      '#paste-text',
      'Ferry Line Opens\n\nMayor Zhou Minghua of Yantai opened a ferry line worth 3 million yuan.\u0007 It links Yantai and Lushun.\n',
    )
    await page.waitForSelector('.reader-body')
    expect(await page.locator('.reader-body .hl-person').first().textContent()).toContain('Zhou Minghua')
    expect(await page.locator('.reader-body .hl-money').textContent()).toBe('3 million yuan')
    expect(await page.locator('.diag-note').count()).toBe(0)
    await page.locator('.legend input[name="diagnostics"]').check()
    await page.waitForSelector('.diag-note')
    expect(await page.locator('.reader-body .diag-note').textContent()).toContain('control-character')
    await screenshot(page, 'paste-diagnostics')

    // The text survives a reload of the tab, with the view.
    await page.reload()
    await page.waitForSelector('.diag-note')
    expect(await page.inputValue('#paste-text')).toContain('Ferry Line Opens')
    expect(errors).toEqual([])
    await page.close()
  })

  it('should read a chosen file as text, and say why a binary file is not read', async () => {
    const { page, errors } = await session.open('#/paste')
    await page.setInputFiles('input[type="file"]', {
      name: 'harbour.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Harbour Opens in Weihai\n\nThe Weihai harbour opened on May 5.\n'),
    })
    await page.waitForSelector('.reader-title')
    expect(await page.locator('.reader-title').textContent()).toBe('Harbour Opens in Weihai')
    await page.setInputFiles('input[type="file"]', {
      name: 'picture.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    })
    await page.waitForSelector('.problem')
    expect(await page.locator('.problem').textContent()).toMatch(/^picture\.png was not read: /)
    expect(errors).toEqual([])
    await page.close()
  })
})
