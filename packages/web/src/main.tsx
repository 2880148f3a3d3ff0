/**
 * The browser entry: render the viewer into the page.
 */
import { render } from 'preact'
import { App } from './components/App.js'

const root = document.getElementById('app')
if (root) render(<App />, root)
