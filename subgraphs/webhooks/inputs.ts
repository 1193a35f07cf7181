import { z } from 'zod';
import { isTypePattern } from '../../lib/events/envelope.ts';
import { badInput, fields } from '../../lib/validation.ts';

/** zod schemas for the webhooks mutations' arguments; `validate` turns a failure into BAD_USER_INPUT with field paths. */

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const url = z.string().trim().max(2048, 'must be at most 2048 characters').refine(isHttpUrl, 'must be an http:// or https:// URL');

const types = z
  .array(z.string().refine(isTypePattern, 'must be an event type such as Invoice.issued or Client.*'))
  .min(1, 'must name at least one event type')
  .max(100, 'must name at most 100 event types')
  .transform((list) => [...new Set(list)]);

const description = z.string().trim().max(500, 'must be at most 500 characters').nullish();

export const endpointId = fields.id('whe');

/**
 * In production a receiver must be a public https URL: not a name or address of this machine or
 * its private network (loopback, RFC 1918, link-local such as the cloud metadata service, unique
 * local IPv6), so endpoints cannot be used to reach what only the gateway can reach. Names are
 * checked as written; one that resolves to a private address is not caught here.
 */
export function assertPublicUrl(value: string, path: string[]): void {
  const url = new URL(value);
  if (url.protocol !== 'https:') throw badInput(path, 'must be an https:// URL in production');
  // `metadata.google.internal.` is the same name as without the final dot.
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || isPrivateAddress(host)) {
    throw badInput(path, 'must be a public address, not one of this machine or its private network');
  }
}

const PRIVATE_IPV4 = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^0\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
  // Multicast and broadcast.
  /^2(2[4-9]|[3-5]\d)\./,
];

function isPrivateAddress(host: string): boolean {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return PRIVATE_IPV4.some((range) => range.test(host));
  if (!host.includes(':')) return false;
  return host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:');
}

export const createEndpointArgs = z.object({
  input: z.object({ url, types, description }),
});

export const updateEndpointArgs = z.object({
  id: endpointId,
  input: z.object({
    url: url.nullish(),
    types: types.nullish(),
    description,
    enabled: z.boolean().nullish(),
  }),
  expectedVersion: fields.expectedVersion,
});

export const endpointVersionArgs = z.object({ id: endpointId, expectedVersion: fields.expectedVersion });

export const deliveryIdArgs = z.object({ id: fields.id('whd') });

export const replayDeadLettersArgs = z.object({ endpointId });
