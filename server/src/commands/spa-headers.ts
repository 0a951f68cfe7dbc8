/**
 * The security headers of the SPA servers of the run command (Vite's preview server). A production
 * reverse proxy in front of the built SPAs must send the same (see the README).
 * - A strict CSP: scripts, styles, fonts and images only from the site itself, no inline script or
 *   style (index.html loads its one start-up script from a file), API calls and the WebSocket only
 *   to the site's own origin (its /graphql proxy), never framed.
 * - HSTS only when the site is served over https.
 */
export function spaSecurityHeaders(siteUrl: string): Record<string, string> {
  const site = new URL(siteUrl);
  const socket = `${site.protocol === 'https:' ? 'wss' : 'ws'}://${site.host}`;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${socket}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(site.protocol === 'https:' ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
