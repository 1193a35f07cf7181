import { describe, expect, it } from 'vitest';
import { fetchKind, type FetchOptions } from '../../../gateway/entity-cache/fetch.ts';
import { cacheScope, entityKey, fetchKey } from '../../../gateway/entity-cache/keys.ts';
import { LocalEntries } from '../../../gateway/entity-cache/local-entries.ts';
import { changedTags, changeOfEvent, entityTags, rootTags } from '../../../gateway/entity-cache/tags.ts';
import type { ChangeEvent } from '../../../lib/events/envelope.ts';

/** What an entry is tagged with, which tags a change drops, the keys, and the race guard of the in-process tier. */

function event(overrides: Partial<ChangeEvent>): ChangeEvent {
  return {
    id: 'evt_1',
    source: 'accounting',
    type: 'Invoice.paid',
    entityType: 'Invoice',
    entityId: 'inv_1',
    entityVersion: 3,
    occurredAt: '2026-12-01T00:00:00.000Z',
    actor: { subject: 'ada', mutation: 'recordPayment' },
    changes: { status: 'PAID' },
    redacted: [],
    requestId: null,
    references: [{ type: 'Client', id: 'cli_1' }],
    ...overrides,
  };
}

describe('tags', () => {
  it('tags an entity answer with the entity, its type, its subgraph and everything; other types and subgraphs are not cached', () => {
    expect(entityTags('accounting', { __typename: 'Client', id: 'cli_1' })).toEqual([
      'accounting:Client:cli_1',
      'accounting:Client',
      'accounting',
      '*',
    ]);
    expect(entityTags('accounting', { __typename: 'Payment', id: 'pay_1' })).toBeNull();
    expect(entityTags('webhooks', { __typename: 'WebhookEndpoint', id: 'whe_1' })).toBeNull();
    expect(rootTags('crm')).toEqual(['crm#root', 'crm', '*']);
    expect(rootTags('webhooks')).toBeNull();
  });

  it("drops an invoice's client in accounting (its revenue and outstanding) with the invoice and the subgraph's root answers", () => {
    expect(changedTags(changeOfEvent(event({})))).toEqual(['accounting#root', 'accounting:Invoice:inv_1', 'accounting:Client:cli_1']);
  });

  it('drops a whole type where references cannot name every answer that shows the change', () => {
    const tags = changedTags(
      changeOfEvent(
        event({
          source: 'projects',
          entityType: 'TimeEntry',
          entityId: 'tim_1',
          references: [
            { type: 'Employee', id: 'emp_1' },
            { type: 'Project', id: 'prj_1' },
          ],
        }),
      ),
    );
    expect(tags).toEqual(
      expect.arrayContaining([
        'projects#root',
        'projects:TimeEntry:tim_1',
        'projects:Project:prj_1',
        'projects:Employee:emp_1',
        'projects:Client',
        'projects:Employee',
      ]),
    );
  });

  it('drops everything of the subgraph for an event without references (announced before they existed)', () => {
    expect(changedTags(changeOfEvent(event({ references: undefined })))).toEqual(['accounting']);
  });
});

describe('fetch kinds', () => {
  const kind = (query: string) => fetchKind({ request: { query } } as FetchOptions);

  it('caches entities and root answers, but never a write nor a data-quality report (it asks other owners)', () => {
    expect(kind('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }')).toBe('entities');
    expect(kind('{ client(id: "cli_1") { name } clients(first: 5) { totalCount } }')).toBe('root');
    expect(kind('{ accountingDataQuality { score } }')).toBe('other');
    expect(kind('mutation { updateClient(id: "cli_1", input: {}) { id } }')).toBe('mutation');
  });
});

describe('keys', () => {
  it('differ by scope, date, operation, variables and representation, and not by anything else', () => {
    const reader = { subject: 'ada', scopes: new Set(['read']), anonymous: false };
    expect(cacheScope(reader)).toBe(cacheScope({ ...reader, subject: 'bob' }));
    expect(cacheScope(reader)).not.toBe(cacheScope({ ...reader, scopes: new Set(['read', 'hr:salary:read']) }));
    expect(cacheScope(reader)).not.toBe(cacheScope({ ...reader, anonymous: true }));
    const base = fetchKey('hr', 'query { x }', { a: 1 }, 'token:read', '2026-12-01');
    expect(base).toBe(fetchKey('hr', 'query { x }', { a: 1 }, 'token:read', '2026-12-01'));
    expect(base).not.toBe(fetchKey('hr', 'query { x }', { a: 1 }, 'token:read', '2026-12-02'));
    expect(base).not.toBe(fetchKey('hr', 'query { x }', { a: 2 }, 'token:read', '2026-12-01'));
    expect(entityKey(base, { __typename: 'Employee', id: 'emp_1' })).not.toBe(entityKey(base, { __typename: 'Employee', id: 'emp_2' }));
  });
});

describe('the race guard', () => {
  const entries = () => new LocalEntries({ maxEntries: 100, maxBytes: 1_000_000, ttlMs: 60_000, maxTags: 2 });

  it('does not keep an answer fetched across an invalidation of one of its tags, and serves it otherwise', () => {
    const local = entries();
    const since = local.now();
    local.invalidate(['accounting:Client:cli_1']);
    expect(local.set('k1', '"old"', ['accounting:Client:cli_1', '*'], since)).toBe(false);
    expect(local.set('k2', '"other"', ['accounting:Client:cli_2', '*'], since)).toBe(true);
    expect(local.get('k1')).toBeUndefined();
    expect(local.get('k2')).toBe('"other"');
  });

  it('drops a kept entry when one of its tags is invalidated, and everything on clear', () => {
    const local = entries();
    local.set('k', '1', ['crm:Client:cli_1', 'crm', '*'], local.now());
    local.invalidate(['crm']);
    expect(local.get('k')).toBeUndefined();
    local.set('k', '2', ['crm:Client:cli_1', 'crm', '*'], local.now());
    local.clear();
    expect(local.get('k')).toBeUndefined();
  });

  it('counts a tag it had to forget as invalidated at the latest forgotten invalidation: it can only drop more', () => {
    const local = entries();
    const since = local.now();
    local.set('k', '1', ['a'], since);
    local.invalidate(['x']);
    local.invalidate(['y']);
    local.invalidate(['z']); // forgets x, which was invalidated after `since`
    expect(local.get('k')).toBeUndefined();
  });
});
