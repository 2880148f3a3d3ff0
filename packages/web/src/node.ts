/**
 * `@dalian-news/web/node`: build a viewer for any corpus and serve it (Node only).
 */
export type { BuildViewerOptions, BuiltViewer } from './node/build-viewer.js'
export { buildViewer } from './node/build-viewer.js'
export { corpusJson } from './node/corpus-json.js'
export { contentSecurityPolicy, viewerHeaders } from './node/headers.js'
export type { ServeViewerOptions, ViewerServer } from './node/serve-viewer.js'
export { serveViewer } from './node/serve-viewer.js'
export { builtSiteDir, siteAssets } from './node/site-dir.js'
