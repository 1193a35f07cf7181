import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoPlan } from '../../lib/demo/plan.ts';
import { DOMAINS } from '../../lib/domains.ts';
import { SUBGRAPHS } from '../../cli/subgraphs.ts';
import { createTestStore, TEST_STORE, tempDir } from '../support/stores.ts';
import { openTestSubgraph } from '../support/subgraphs.ts';

/**
 * The same demo company written to a SQLite file and to a store of this run's kind holds the
 * same rows, value for value: what the e2e tests' before/after snapshots rely on, and the
 * plainest evidence that both dialects store one thing.
 */
describe(`a seeded company on SQLite and on ${TEST_STORE}`, () => {
  it('has the same rows in every table of every domain', async () => {
    const plan = createDemoPlan({ seed: 3, size: { clients: 15, employees: 10, invoices: 120, projects: 12 }, reportingCurrency: 'USD' });
    const dir = tempDir('recordgraph-snapshot-');
    try {
      for (const domain of DOMAINS) {
        const store = await createTestStore(domain);
        const subgraph = await SUBGRAPHS[domain]();
        const [sqlite, other] = await Promise.all([
          openTestSubgraph(subgraph, { databaseUrl: join(dir.path, `${domain}.sqlite`) }),
          openTestSubgraph(subgraph, { databaseUrl: store.url }),
        ]);
        try {
          await Promise.all([sqlite.subgraph.seed(plan), other.subgraph.seed(plan)]);
          const [expected, actual] = await Promise.all([sqlite.snapshot(), other.snapshot()]);
          // Seeding is not a write through the API: the audit log, the outbox, the idempotency keys and
          // what automation has done start empty, and the demo company comes from no outside system
          // (no external ids); every other table has rows.
          const {
            audit_log: auditLog,
            idempotency_keys: idempotencyKeys,
            outbox,
            processed_events: processed,
            billed_time_entries: billed,
            external_ids: externalIds,
            ...seeded
          } = expected;
          for (const empty of [auditLog, idempotencyKeys, outbox, processed, externalIds]) expect(empty).toEqual([]);
          expect(billed ?? []).toEqual([]);
          expect(Object.values(seeded).every((rows) => rows.length > 0)).toBe(true);
          expect(actual).toEqual(expected);
        } finally {
          await Promise.all([sqlite.close(), other.close()]);
          await store.drop();
        }
      }
    } finally {
      dir.remove();
    }
  });
});
