/**
 * The one Content-Security-Policy for the renderer, in Electron and in browser mode: only the
 * app's own scripts and styles, no inline code, no plugins, no framing, and network access only
 * back to where the page came from (browser mode's WebSocket).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
