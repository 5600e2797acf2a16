/**
 * The Content-Security-Policy of every page the app shows: only the app's own scripts, styles,
 * fonts and images; no inline script, no eval, no network, no frames, no plugins. Sent as a
 * response header by the app:// protocol handler (and by the test server, from this same string).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The same policy for a `<meta http-equiv>` tag, which the build writes into the renderer's
 * index.html as a second line of defence (and so that static scanners such as electronegativity
 * see it). `frame-ancestors` is left out: browsers ignore it in a meta tag and log an error.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
