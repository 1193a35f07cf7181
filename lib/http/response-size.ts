import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { ERRORS } from '../errors.ts';
import { currentRequest } from '../observability/request-scope.ts';

/**
 * The response-size ceiling (MAX_RESPONSE_BYTES): an answer larger than it is replaced by
 * RESPONSE_TOO_LARGE (HTTP 400) before it is sent. The cost limit refuses most such operations
 * before they run; this is the backstop for what an estimate cannot know (long text fields, lists
 * longer than assumed). Apollo Server has no hook between serialising and sending, so the answer
 * is measured by serialising it here once more: a few milliseconds for a megabyte, only ever paid
 * by the answers that are sent. A mutation's answer is never replaced (its writes have committed).
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          // A mutation's writes have committed by now: replacing its answer would tell the caller
          // nothing was done, and a retry under a new key would write twice.
          if (response.body.kind !== 'single' || operation?.operation === OperationTypeNode.MUTATION) return;
          const size = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (size <= maxBytes) return;
          const error = ERRORS.RESPONSE_TOO_LARGE.err(
            `The answer would be ${size} bytes; at most ${maxBytes} are sent. Ask for fewer fields or a smaller page.`,
            { value: size, max: maxBytes },
          );
          const { http: _http, ...extensions } = error.extensions;
          response.body.singleResult = { errors: [{ message: error.message, extensions }] };
          response.http.status = ERRORS.RESPONSE_TOO_LARGE.httpStatus ?? 400;
          currentRequest()?.errorCodes.push(ERRORS.RESPONSE_TOO_LARGE.code);
        },
      };
    },
  };
}
