import { z } from 'zod';
import { isTypePattern } from '../../lib/events/envelope.ts';
import { fields } from '../../lib/validation.ts';

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
