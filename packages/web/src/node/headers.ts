/**
 * The security headers the viewer is served with. The page carries the same policy in a `<meta>` tag, so
 * a copy on any static host keeps it; the header adds what a `<meta>` policy cannot say (framing).
 */

/**
 * The page's Content-Security-Policy: scripts and styles from the viewer's own files only (no inline
 * script or style attribute), nothing fetched from elsewhere, and Trusted Types with one policy that
 * only starts the viewer's own parser worker, so the browser itself refuses any string assigned as HTML.
 */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types dalian-news-worker"

/** Headers for every response of `serveViewer`. */
export const viewerHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // A rebuilt corpus must show on the next load: always revalidate (the ETag keeps that cheap).
  'Cache-Control': 'no-cache',
}
