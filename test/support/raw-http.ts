import { request } from 'node:http';

/**
 * One HTTP request exactly as a stranger would send it, with node:http rather than fetch, so
 * nothing is added, fixed up or refused on the way (oversized headers, a wrong content type, a
 * body that is not JSON). The answer is read whatever it is: HTML, JSON or nothing.
 *
 * A server may answer before it has read the whole body (413 for a body announced too large)
 * and close the connection: the body is written in pieces and writing stops as soon as an
 * answer arrives, and an answer already received wins over the write error that follows.
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

const PIECE = 64 * 1024;

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number } = {},
): Promise<RawResponse> {
  const began = performance.now();
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  return new Promise((resolve) => {
    let answered = false;
    let settled = false;
    const done = (status: number, headers: RawResponse['headers'], text: string) => {
      if (settled) return;
      settled = true;
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
      {
        method: options.method ?? 'POST',
        headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...options.headers },
        timeout: options.timeoutMs ?? 60_000,
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        const finish = () => {
          done(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString('utf8'));
          // Answered before the body was all sent: this connection cannot carry another request.
          if (!req.writableEnded) req.destroy();
        };
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', finish);
        res.on('error', finish);
        res.on('close', finish);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    // A write error after the answer arrived is the server closing early, not a failure.
    req.on('error', (error) => {
      if (!answered) done(0, {}, String(error));
    });
    const write = async () => {
      for (let offset = 0; body && offset < body.length && !answered && !req.destroyed; offset += PIECE) {
        if (!req.write(body.subarray(offset, offset + PIECE)))
          await new Promise<void>((resolve) => {
            // Both listeners go once either fires: a 3 MB body waits dozens of times on one request.
            const go = () => {
              req.off('drain', go).off('close', go);
              resolve();
            };
            req.once('drain', go).once('close', go);
          });
      }
      if (!answered && !req.destroyed) req.end();
    };
    void write();
  });
}
