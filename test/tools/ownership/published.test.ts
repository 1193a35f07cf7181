import { describe, expect, it } from 'vitest';
import { breakingChanges, parseAcknowledgements } from '../../../tools/ownership/breaking.ts';
import { checkOwnership, type CheckInputs } from '../../../tools/ownership/check.ts';
import { composeSubgraphs } from '../../../tools/ownership/composition.ts';
import { generatedViolations, stripTrailingWhitespace } from '../../../tools/ownership/generated.ts';
import { formatViolation, type Violation } from '../../../tools/ownership/violation.ts';
import { edited, OWNERS, subgraphs } from './fixtures.ts';

const lines = (violations: Violation[]) => violations.map(formatViolation);

function supergraph(sources = subgraphs()): string {
  const composition = composeSubgraphs(sources);
  if (composition.kind === 'failure') throw new Error(lines(composition.violations).join('\n'));
  return composition.supergraphSdl;
}

const WITHOUT_EMAIL = edited('hr', 'email: String!', '');

describe('generated files are current', () => {
  it('names a stale or missing file', () => {
    expect(
      lines(
        generatedViolations([
          { path: 'schema/supergraph.graphql', expected: 'new\n', committed: 'old\n' },
          { path: 'subgraphs/crm/__generated__/resolvers-types.ts', expected: 'x\n', committed: null },
          { path: 'subgraphs/hr/__generated__/resolvers-types.ts', expected: 'y\n', committed: 'y\n' },
        ]),
      ),
    ).toEqual([
      'generated files: schema/supergraph.graphql is out of date: run `npm run generate` and commit the result',
      'generated files: subgraphs/crm/__generated__/resolvers-types.ts is missing: run `npm run generate` and commit the result',
    ]);
  });

  it('normalises whitespace as the codegen hook does', () => {
    expect(stripTrailingWhitespace('a  \nb\t\n\n\n')).toBe('a\nb\n');
  });
});

describe('breaking changes against main', () => {
  it('refuses an unacknowledged breaking change', () => {
    const report = breakingChanges(supergraph(), supergraph(WITHOUT_EMAIL), []);
    expect(lines(report.violations)).toEqual([
      'breaking change: FIELD_REMOVED since main: Employee.email was removed. Not acknowledged in schema/acknowledged-breaking-changes.json.',
    ]);
  });

  it('accepts an acknowledged one, and tells acknowledgements that match nothing', () => {
    const ack = { type: 'FIELD_REMOVED', description: 'Employee.email was removed.', reason: 'emails move to the directory' };
    expect(breakingChanges(supergraph(), supergraph(WITHOUT_EMAIL), [ack])).toEqual({ violations: [], unused: [] });
    expect(breakingChanges(supergraph(), supergraph(), [ack])).toEqual({ violations: [], unused: [ack] });
  });

  it('compares API schemas, so a new field or a new subgraph URL breaks nothing', () => {
    const added = edited('hr', 'email: String!', 'email: String!\n    phone: String');
    expect(breakingChanges(supergraph(), supergraph(added.map((s) => ({ ...s, url: `${s.url}/moved` }))), []).violations).toEqual([]);
  });

  it('refuses a malformed acknowledgement file', () => {
    expect(parseAcknowledgements('[]')).toEqual([]);
    expect(() =>
      parseAcknowledgements('[{ "type": "FIELD_REMOVED", "description": "Employee.email was removed.", "reason": " " }]'),
    ).toThrow('schema/acknowledged-breaking-changes.json: [0.reason] Too small: expected string to have >=1 characters');
  });
});

describe('checkOwnership', () => {
  const inputs = (overrides: Partial<CheckInputs> = {}): CheckInputs => ({
    subgraphs: subgraphs(),
    owners: OWNERS,
    stores: [{ subgraph: 'accounting', tables: [{ name: 'invoices', columns: ['id', 'client_id'] }] }],
    committedSupergraph: supergraph(),
    resolverTypes: [],
    base: { kind: 'found', supergraphSdl: supergraph() },
    acknowledged: [],
    ...overrides,
  });

  it('passes a federation that keeps every rule', () => {
    expect(checkOwnership(inputs())).toEqual({ violations: [], notes: [] });
  });

  it('runs every rule and says which checks it skipped', () => {
    const report = checkOwnership(
      inputs({
        subgraphs: WITHOUT_EMAIL,
        owners: { ...OWNERS, Project: 'projects' },
        stores: [{ subgraph: 'accounting', tables: [{ name: 'invoices', columns: ['id', 'client_name'] }] }],
        resolverTypes: { error: 'Unable to find template plugin matching typescript' },
        base: { kind: 'unavailable', reason: 'not a git checkout' },
      }),
    );
    expect(lines(report.violations)).toEqual([
      'rule 1 (one owner per entity): lib/ownership/registry.ts says projects owns Project, but no subgraph declares Project with @key',
      'rule 4 (ids, not attributes): accounting column invoices.client_name holds Client attributes, owned by crm: keep only client_id',
      'generated files: schema/supergraph.graphql is out of date: run `npm run generate` and commit the result',
      'generated files: codegen failed: Unable to find template plugin matching typescript',
    ]);
    expect(report.notes).toEqual(['breaking changes not checked: not a git checkout']);
  });

  it('stops at composition errors', () => {
    const report = checkOwnership(inputs({ subgraphs: edited('hr', 'email: String!', 'email String!') }));
    expect(lines(report.violations)).toEqual(['composition: [hr] Syntax Error: Expected ":", found Name "String".']);
    expect(report.notes).toEqual(['the other rules were not checked: the subgraphs do not compose']);
  });
});
