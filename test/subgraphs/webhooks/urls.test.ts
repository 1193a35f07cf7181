import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertPublicUrl } from '../../../subgraphs/webhooks/inputs.ts';
import { anyString } from '../../support/matchers.ts';

/** In production a webhook receiver is a public https URL: endpoints cannot point the gateway at its own network. */

function refusal(url: string): string | null {
  try {
    assertPublicUrl(url, ['input', 'url']);
    return null;
  } catch (error: unknown) {
    if (!(error instanceof GraphQLError)) throw error;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([{ path: ['input', 'url'], message: anyString() }]);
    return error.message;
  }
}

describe('webhook URLs in production', () => {
  it('takes public https URLs', () => {
    for (const url of [
      'https://hooks.example.com/recordgraph',
      'https://203.0.113.7:8443/in',
      'https://[2001:db8::1]/x',
      'https://172.32.0.1/',
    ]) {
      expect(refusal(url), url).toBeNull();
    }
  });

  it('refuses plain http', () => {
    expect(refusal('http://hooks.example.com/')).toMatch(/https/);
  });

  it('refuses this machine and private networks, including the cloud metadata address', () => {
    for (const url of [
      'https://localhost/x',
      'https://api.localhost/x',
      'https://metadata.google.internal/x',
      'https://metadata.google.internal./x',
      'https://224.0.0.1/x',
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://172.16.0.1/x',
      'https://192.168.1.10/x',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/x',
      'https://0.0.0.0/x',
      'https://[::1]/x',
      'https://[fd00::1]/x',
      'https://[fe80::1]/x',
      'https://[::ffff:127.0.0.1]/x',
    ]) {
      expect(refusal(url), url).toMatch(/public address/);
    }
  });
});
