import { scalarResolvers } from '../../../lib/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { WebhookAttempt } from './WebhookAttempt.ts';
import { WebhookDelivery } from './WebhookDelivery.ts';
import { WebhookEndpoint } from './WebhookEndpoint.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, WebhookEndpoint, WebhookDelivery, WebhookAttempt };
