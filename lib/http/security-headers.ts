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

/**
 * The policy of the pages recordgraph serves itself (the web app at /app/, GraphiQL at /graphiql,
 * their /assets/): everything from this origin and nothing from any other. Monaco (GraphiQL's
 * editor) runs its language services in web workers, bundled and served from here, and may start
 * one from a blob: URL; it and React set inline styles, so styles (never scripts) may be inline.
 * `connect-src 'self'` covers the same origin's WebSocket (graphql-ws subscriptions) too.
 * Replaces the header `securityHeaders` set, whose Sandbox allowances these pages do not need.
 */
export function pageSecurityPolicy(): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", 'data:'],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
    },
  });
}
