import type { ApolloServerPlugin } from '@apollo/server';
import type { OutboxRelay } from './relay.ts';

/**
 * Wakes the outbox relay once a mutation has answered: its transaction has committed, so its
 * events can leave now rather than at the relay's next scan.
 */
export function announceWritesPlugin(relay: OutboxRelay): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') relay.wake();
        },
      };
    },
  };
}
