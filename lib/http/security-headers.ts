import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's security headers on every response of every service (answers, errors, /healthz,
 * /metrics, 404s). Its default Content-Security-Policy would block the development landing page
 * (Apollo Sandbox, embedded), so the policy adds exactly the sources that page names in its own
 * `<meta>` policy (@apollo/server's landingPage/default): its scripts and styles from Apollo's
 * CDNs and Google Fonts, its icon and manifest, and the Sandbox iframe. A browser enforces both
 * policies, so the page's nonce still decides which inline scripts run: 'unsafe-inline' here
 * only keeps this header from blocking those nonce-tagged ones. JSON answers load nothing, so
 * the policy costs the API nothing.
 */

const APOLLO_CDNS = [
  'https://apollo-server-landing-page.cdn.apollographql.com',
  'https://embeddable-sandbox.cdn.apollographql.com',
  'https://embeddable-explorer.cdn.apollographql.com',
];

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...APOLLO_CDNS],
        styleSrc: ["'self'", "'unsafe-inline'", ...APOLLO_CDNS, 'https://fonts.googleapis.com'],
        fontSrc: ["'self'", 'https://fonts.gstatic.com', 'data:'],
        imgSrc: ["'self'", 'data:', 'https://apollo-server-landing-page.cdn.apollographql.com'],
        manifestSrc: ["'self'", 'https://apollo-server-landing-page.cdn.apollographql.com'],
        frameSrc: ["'self'", 'https://sandbox.embed.apollographql.com', 'https://explorer.embed.apollographql.com'],
        // Services often run on plain HTTP behind a proxy that terminates TLS (and on 127.0.0.1 in development).
        upgradeInsecureRequests: null,
      },
    },
  });
}
