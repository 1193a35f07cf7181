import { join } from 'node:path';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditLogMigration } from '../../../lib/audit/table.ts';
import type { Caller } from '../../../lib/auth/scopes.ts';
import { ERRORS } from '../../../lib/errors.ts';
import { eventsMigration, outboxReferencesMigration } from '../../../lib/events/outbox.ts';
import { idempotencyKeysMigration, idempotencyLeaseMigration } from '../../../lib/idempotency/table.ts';
import { defineLifecycle } from '../../../lib/lifecycle.ts';
import { ReferenceChecker, type SubgraphExecutor } from '../../../lib/references.ts';
import { openDatabase, type Database } from '../../../lib/store/database.ts';
import type { PlatformTables } from '../../../lib/store/platform.ts';
import { defineSubgraph } from '../../../lib/subgraph.ts';
import { fields } from '../../../lib/validation.ts';
import { writePath, type MutationResolver, type WriteContext } from '../../../lib/writes/mutation.ts';
import { transition } from '../../../lib/writes/transition.ts';
import { versionedTable } from '../../../lib/writes/versioned.ts';
import { tempDir } from '../../support/stores.ts';

/**
 * The write path (lib/writes/mutation.ts) on a real SQLite store: its steps run in order, a
 * refusal at any step leaves nothing behind, and a commit is audited, put in the outbox and
 * announced exactly once.
 */

interface ThingRow {
  id: string;
  name: string;
  state: 'DRAFT' | 'LIVE' | 'GONE';
  owner_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface TestDatabase extends PlatformTables {
  things: ThingRow;
}

const migrations: Record<string, Migration> = {
  '0001_things': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('things')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull().unique())
        .addColumn('state', 'text', (col) => col.notNull())
        .addColumn('owner_id', 'text')
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
    },
  },
  '0002_audit_log': auditLogMigration,
  '0003_idempotency_keys': idempotencyKeysMigration,
  '0004_events': eventsMigration,
  '0005_idempotency_lease': idempotencyLeaseMigration,
  '0006_outbox_references': outboxReferencesMigration,
};

const things = versionedTable<TestDatabase, ThingRow>('things', 'Thing');
const thingLifecycle = defineLifecycle<ThingRow['state']>('Thing', {
  field: 'state',
  next: { DRAFT: ['LIVE', 'GONE'], LIVE: ['GONE'], GONE: [] },
});

type Context = WriteContext<TestDatabase>;
const mutation = writePath<Context>();

/** What each step saw, in order. */
let steps: string[];
let dir: ReturnType<typeof tempDir>;
let store: Database<TestDatabase>;
let announced: number;

/** An owner that knows one employee, `emp_known`, and records that it was asked. */
const hr: SubgraphExecutor = async (request) => {
  steps.push('references');
  const [representation] = (request.variables?.representations ?? []) as { id: string }[];
  return {
    data: { _entities: [representation?.id === 'emp_known' ? { __typename: 'Employee', id: 'emp_known', status: 'ACTIVE' } : null] },
  };
};

const createThing = mutation({
  authorise: (args, caller) => {
    steps.push('authorise');
    if ((args.input as { name?: string } | undefined)?.name === 'secret' && !caller.scopes.has('hr:salary:read')) {
      throw ERRORS.FORBIDDEN.err('naming a thing "secret" needs hr:salary:read', { requiredScope: 'hr:salary:read' });
    }
  },
  args: z.object({ input: z.object({ name: fields.name, ownerId: fields.id('emp').nullish() }) }).transform((value) => {
    steps.push('validate');
    return value;
  }),
  references: ({ input }) => (input.ownerId ? [{ typename: 'Employee', id: input.ownerId, path: ['input', 'ownerId'] }] : []),
  write: async (trx, { input }) => {
    steps.push('write');
    const thing = await things.insert(trx, { id: `thg_${input.name}`, name: input.name, state: 'DRAFT', owner_id: input.ownerId ?? null });
    if (input.name === 'doomed') throw new Error('failed after writing');
    return thing;
  },
  conflict: ({ input }) => ERRORS.CONFLICT.err(`a thing is already named ${input.name}`, { entity: 'Thing' }),
});

const publishThing = mutation({
  args: z.object({ id: fields.id('thg'), expectedVersion: fields.expectedVersion }),
  write: (trx, { id, expectedVersion }) => transition(trx, things, thingLifecycle, { id, expectedVersion, to: 'LIVE' }),
});

function context(scopes: string[]): Context {
  const caller: Caller = { subject: 'tester', scopes: new Set(scopes), anonymous: false };
  return {
    caller,
    db: store.db,
    references: new ReferenceChecker({ hr }),
    writes: { scope: 'crm:write', announce: () => void (announced += 1) },
  };
}

const info = (fieldName: string) => ({ fieldName }) as GraphQLResolveInfo;

async function run(resolver: MutationResolver<Context, ThingRow>, args: Record<string, unknown>, scopes = ['crm:write']) {
  try {
    return { value: await resolver(null, args, context(scopes), info(resolver === createThing ? 'createThing' : 'publishThing')) };
  } catch (error: unknown) {
    if (error instanceof GraphQLError) return { code: error.extensions.code, message: error.message };
    throw error;
  }
}

const counts = async () => ({
  things: (await store.db.selectFrom('things').select('id').execute()).length,
  audit: (await store.db.selectFrom('audit_log').select('id').execute()).length,
  outbox: (await store.db.selectFrom('outbox').select('seq').execute()).length,
});

beforeEach(async () => {
  steps = [];
  announced = 0;
  dir = tempDir('recordgraph-writes-');
  store = await openDatabase<TestDatabase>({ url: join(dir.path, 'store.sqlite'), migrations });
});
afterEach(async () => {
  await store.close();
  dir.remove();
});

describe('the write path', () => {
  it('runs authorise, validate, references, write in that order, then audits, puts in the outbox and announces once', async () => {
    const result = await run(createThing, { input: { name: 'first', ownerId: 'emp_known' } });
    expect(result.value).toMatchObject({ id: 'thg_first', version: 1, state: 'DRAFT' });
    expect(steps).toEqual(['authorise', 'validate', 'references', 'write']);
    expect(await counts()).toEqual({ things: 1, audit: 1, outbox: 1 });
    const [audit] = await store.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toMatchObject({
      actor_subject: 'tester',
      actor_scopes: 'crm:write',
      mutation: 'createThing',
      entity_type: 'Thing',
      version: 1,
    });
    const [event] = await store.db.selectFrom('outbox').selectAll().execute();
    expect(event).toMatchObject({ audit_id: audit?.id, type: 'Thing.created', published_at: null });
    expect(announced).toBe(1);
  });

  it.each([
    ['the write scope is missing', { input: { name: 'x' } }, [], 'FORBIDDEN', []],
    ['the arguments need more than the write scope', { input: { name: 'secret' } }, ['crm:write'], 'FORBIDDEN', ['authorise']],
    ['the arguments are invalid', { input: { name: '', ownerId: 'emp_known' } }, ['crm:write'], 'BAD_USER_INPUT', ['authorise']],
    [
      'a reference does not exist',
      { input: { name: 'x', ownerId: 'emp_gone' } },
      ['crm:write'],
      'REFERENCE_NOT_FOUND',
      ['authorise', 'validate', 'references'],
    ],
  ])('stops when %s, before the next step, and leaves nothing behind', async (_, args, scopes, code, before) => {
    expect(await run(createThing, args, scopes)).toMatchObject({ code });
    expect(steps).toEqual(before);
    expect(await counts()).toEqual({ things: 0, audit: 0, outbox: 0 });
    expect(announced).toBe(0);
  });

  it('rolls back the change, its audit row and its event together when the write fails after writing', async () => {
    await expect(run(createThing, { input: { name: 'doomed' } })).rejects.toThrow('failed after writing');
    expect(await counts()).toEqual({ things: 0, audit: 0, outbox: 0 });
    expect(announced).toBe(0);
  });

  it("turns a unique index's refusal into the mutation's CONFLICT", async () => {
    await run(createThing, { input: { name: 'taken' } });
    // Nothing checks the name before inserting: the unique index refuses the second one.
    expect(await run(createThing, { input: { name: 'taken' } })).toMatchObject({
      code: 'CONFLICT',
      message: 'a thing is already named taken',
    });
    expect(await counts()).toEqual({ things: 1, audit: 1, outbox: 1 });
  });

  it('moves an entity through its lifecycle: version checked, illegal moves refused naming both states', async () => {
    await run(createThing, { input: { name: 'moving' } });
    expect(await run(publishThing, { id: 'thg_moving', expectedVersion: 2 })).toMatchObject({ code: 'CONFLICT' });
    expect((await run(publishThing, { id: 'thg_moving', expectedVersion: 1 })).value).toMatchObject({ state: 'LIVE', version: 2 });
    const again = await run(publishThing, { id: 'thg_moving' });
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(again.message).toContain('is LIVE and cannot become LIVE');
    expect(await run(publishThing, { id: 'thg_nothing' })).toMatchObject({ code: 'NOT_FOUND' });
    const types = (await store.db.selectFrom('outbox').select('type').orderBy('seq').execute()).map((row) => row.type);
    expect(types).toEqual(['Thing.created', 'Thing.stateChanged']);
  });
});

describe('defineSubgraph', () => {
  it('refuses a Mutation resolver that is not built by the write path', () => {
    expect(() =>
      defineSubgraph({
        domain: 'crm',
        migrations: {},
        resolvers: { Mutation: { createClient: async () => null } },
        createContext: (base) => base,
        seed: async () => {},
        isEmpty: async () => true,
      }),
    ).toThrow(/crm Mutation\.createClient is not built by the write path/);
  });
});
