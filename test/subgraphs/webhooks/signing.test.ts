import { describe, expect, it } from 'vitest';
import { signatureHeader, signPayload, verifySignature } from '../../../subgraphs/webhooks/signing.ts';

/** Webhook signatures as a receiver checks them (subgraphs/webhooks/signing.ts). */

const secret = 'whsec_test_secret';
const body = JSON.stringify({ id: 'evt_1', type: 'Client.created', changes: { name: 'Acme' } });
const now = 1_800_000_000;

describe('webhook signatures', () => {
  it('accepts a delivery signed with the secret within the tolerance', () => {
    const header = signatureHeader(secret, body, now - 10);
    expect(header).toBe(`t=${now - 10},v1=${signPayload(secret, body, now - 10)}`);
    expect(signPayload(secret, body, now)).toMatch(/^[0-9a-f]{64}$/);
    expect(verifySignature({ payload: body, header, secret, now })).toEqual({ valid: true, timestamp: now - 10 });
  });

  it('refuses a tampered body', () => {
    const header = signatureHeader(secret, body, now);
    const tampered = body.replace('Acme', 'Evil');
    expect(verifySignature({ payload: tampered, header, secret, now })).toEqual({ valid: false, reason: 'no signature matches' });
  });

  it('refuses a signature made with another secret', () => {
    const header = signatureHeader('whsec_other', body, now);
    expect(verifySignature({ payload: body, header, secret, now }).valid).toBe(false);
  });

  it('refuses a timestamp outside the 5-minute tolerance, either way', () => {
    expect(verifySignature({ payload: body, header: signatureHeader(secret, body, now - 301), secret, now })).toEqual({
      valid: false,
      reason: 'timestamp outside the tolerance',
    });
    expect(verifySignature({ payload: body, header: signatureHeader(secret, body, now + 301), secret, now }).valid).toBe(false);
    expect(verifySignature({ payload: body, header: signatureHeader(secret, body, now - 300), secret, now }).valid).toBe(true);
    expect(
      verifySignature({ payload: body, header: signatureHeader(secret, body, now - 30), secret, now, toleranceSeconds: 10 }).valid,
    ).toBe(false);
  });

  it('refuses malformed headers', () => {
    const v1 = signPayload(secret, body, now);
    for (const header of [undefined, null, '', 'garbage', `v1=${v1}`, `t=${now}`, `t=abc,v1=${v1}`, `t=${now};v1=${v1}`, `t=-5,v1=${v1}`]) {
      expect(verifySignature({ payload: body, header, secret, now })).toEqual({ valid: false, reason: 'malformed signature header' });
    }
  });

  it('compares signatures of another length without throwing', () => {
    const v1 = signPayload(secret, body, now);
    for (const signature of ['', 'ab', v1.slice(0, 63), `${v1}00`, 'é'.repeat(64)]) {
      expect(verifySignature({ payload: body, header: `t=${now},v1=${signature}`, secret, now }).valid).toBe(false);
    }
  });

  it('accepts when any of several v1 signatures matches and ignores unknown schemes', () => {
    const v1 = signPayload(secret, body, now);
    const header = `t=${now},v0=deadbeef,v1=${'0'.repeat(64)},v1=${v1}`;
    expect(verifySignature({ payload: body, header, secret, now }).valid).toBe(true);
  });
});
