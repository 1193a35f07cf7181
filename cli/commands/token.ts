import { SCOPES } from '../../lib/auth/scope-names.ts';
import { mintToken, TokenRequestError } from '../../lib/auth/tokens.ts';
import type { Invocation } from '../command.ts';

/** `recordgraph token --scopes "<scope …>"`: a bearer token signed with JWT_SECRET; loads the configuration and jose, nothing else. */

export const explained = [TokenRequestError];

export async function run({ args, options, config }: Invocation): Promise<number> {
  if (options.scopes === undefined || args.length) {
    console.error(`recordgraph token: expected --scopes "<scope …>", e.g. --scopes "crm:write read"; the scopes are: ${SCOPES.join(' ')}`);
    return 2;
  }
  // Only the token on standard output, so TOKEN=$(recordgraph token …) works.
  console.log(
    await mintToken(config.auth, { scopes: options.scopes.split(/[\s,]+/).filter(Boolean), subject: options.subject, ttl: options.ttl }),
  );
  return 0;
}
