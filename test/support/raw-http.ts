import { request } from 'node:http';

/**
 * One HTTP request exactly as a stranger would send it, with node:http rather than fetch, so
 * nothing is added, fixed up or refused on the way (oversized headers, a wrong content type, a
 * body that is not JSON). The answer is read whatever it is: HTML, JSON or nothing.
 */

export interface RawResponse {
  /** 0 when the connection failed before any answer. */
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  ms: number;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number } = {},
): Promise<RawResponse> {
  const began = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, headers: RawResponse['headers'], text: string) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      resolve({ status, headers, text, json, ms: Math.round(performance.now() - began) });
    };
    const req = request(
      url,
      { method: options.method ?? 'POST', headers: options.headers, timeout: options.timeoutMs ?? 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString('utf8')));
        res.on('error', () => done(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString('utf8')));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => done(0, {}, String(error)));
    req.end(options.body);
  });
}
