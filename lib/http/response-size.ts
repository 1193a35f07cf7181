import type { ApolloServerPlugin } from '@apollo/server';
import { ERRORS } from '../errors.ts';
import { currentRequest } from '../observability/request-scope.ts';

/**
 * The response-size ceiling (MAX_RESPONSE_BYTES): an answer larger than it is replaced by
 * RESPONSE_TOO_LARGE (HTTP 400) before it is sent. The cost limit refuses most such operations
 * before they run; this is the backstop for what an estimate cannot know (long text fields, lists
 * longer than assumed). Apollo Server has no hook between serialising and sending, so the answer
 * is measured by serialising it here once more: a few milliseconds for a megabyte, only ever paid
 * by the answers that are sent.
 */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
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
