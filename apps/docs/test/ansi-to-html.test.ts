import { describe, expect, it } from 'vitest'
import { ansiToHtml, darkPalette } from '../scripts/ansi-to-html.js'

const esc = '\u001b'

describe('ansiToHtml', () => {
  it('should colour and embolden text by its SGR codes and reset them', () => {
    const html = ansiToHtml(`${esc}[1;36mLi Wei${esc}[0m met`, 12)
    expect(html).toBe(
      `<div class="line"><span style="color:${darkPalette.colours[6]};font-weight:700">Li Wei</span>` +
        `<span style="color:${darkPalette.foreground}"> met</span><span>  </span></div>`,
    )
  })

  it('should show markup in a capture as text, never as HTML', () => {
    const html = ansiToHtml('<img src=x onerror=alert(1)> & "quotes"', 0)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;')
    expect(html).not.toContain('<img')
  })

  it('should carry a style over to the next line, as a terminal does', () => {
    const [first, second] = ansiToHtml(`${esc}[32mport\nside${esc}[39m`, 4).split('</div>')
    expect(first).toContain(`color:${darkPalette.colours[2]}`)
    expect(second).toContain(`color:${darkPalette.colours[2]}">side`)
  })

  it('should swap the colours of inverse text and read 256-colour codes', () => {
    expect(ansiToHtml(`${esc}[7mselected`, 0)).toContain(
      `color:${darkPalette.background};background:${darkPalette.foreground}`,
    )
    expect(ansiToHtml(`${esc}[38;5;196mred`, 0)).toContain('color:rgb(255,0,0)')
  })

  it('should drop escape sequences other than SGR, and control characters', () => {
    const plain = `color:${darkPalette.foreground}`
    expect(ansiToHtml(`${esc}[2Ka${esc}]0;title\u0007b\u0008c${esc}(B`, 0)).toBe(
      `<div class="line"><span style="${plain}">a</span><span style="${plain}">bc</span></div>`,
    )
  })
})
