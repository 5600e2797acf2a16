import { createHash } from 'node:crypto';
import { FIRST_VIEW_SCRIPT } from '../shared/first-view-script';

/**
 * The one inline script the policy allows, by its hash: the first view's, in the head of
 * index.html, which must run before the first paint without a fetch the parser would wait for.
 */
export const FIRST_VIEW_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(FIRST_VIEW_SCRIPT, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of every page the app shows: only the app's own scripts, styles,
 * fonts and images; no inline script but the first view's (allowed by its hash), no eval, no
 * network, no frames, no plugins. Sent as a response header by the app:// protocol handler (and by
 * the test server, from this same string).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' ${FIRST_VIEW_SCRIPT_SOURCE}`,
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
