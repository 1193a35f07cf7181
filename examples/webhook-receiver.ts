/**
 * A webhook receiver in a few lines: it checks each delivery's signature and prints the event.
 *
 *   WEBHOOK_SECRET=whsec_… PORT=4100 npx tsx examples/webhook-receiver.ts
 *
 * then register http://127.0.0.1:4100/ with `createWebhookEndpoint` (its answer holds the secret).
 * Only node:crypto and node:http: copy `verify` into any Node receiver.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

/** `recordgraph-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, at most 5 minutes old. */
export function verify(body: string, header: string, secret: string, toleranceSeconds = 300): boolean {
  const parts = header.split(',').map((part) => part.split('=', 2));
  const t = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  // Constant-time comparison; timingSafeEqual needs equal lengths, so check that first.
  return parts.some(
    ([key, value = '']) => key === 'v1' && Buffer.byteLength(value) === expected.length && timingSafeEqual(Buffer.from(value), expected),
  );
}

const secret = process.env.WEBHOOK_SECRET;
if (!secret) {
  console.error('Set WEBHOOK_SECRET to the whsec_… secret createWebhookEndpoint returned.');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 4100);

createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    if (!verify(body, String(request.headers['recordgraph-signature'] ?? ''), secret)) {
      response.writeHead(400).end('bad signature');
      return;
    }
    // Delivery is at least once: de-duplicate on the event id before acting on it.
    const event = JSON.parse(body) as { id: string; type: string; entityId: string; changes: unknown };
    console.log(event.id, event.type, event.entityId, JSON.stringify(event.changes));
    response.writeHead(204).end();
  });
}).listen(port, '127.0.0.1', () => console.log(`webhook receiver on http://127.0.0.1:${port}/`));
