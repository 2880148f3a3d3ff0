/**
 * The default VitePress theme, with the site's few style adjustments.
 */
import DefaultTheme from 'vitepress/theme'
import './custom.css'

export default DefaultTheme
