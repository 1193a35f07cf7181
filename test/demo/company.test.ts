import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.ts';
import { DemoCompany } from '../../lib/demo/company.ts';
import { createDemoPlan, demoParts } from '../../lib/demo/plan.ts';

const NOW = new Date('2026-06-15T12:00:00Z');
const DEFAULT_SIZE = { clients: 200, employees: 60, invoices: 3000, projects: 400 };

describe('the demo company in chunks', () => {
  it('is, value for value, the default company seeded before it was streamed', () => {
    // The fingerprint of the whole default plan made by the generator before chunks existed:
    // tests across the suite compare against seeded values, so the company must not move.
    const plan = createDemoPlan({ seed: 42, size: DEFAULT_SIZE, reportingCurrency: 'USD', now: NOW });
    expect(createHash('sha256').update(JSON.stringify(plan)).digest('hex')).toBe(
      'e901f748962040a7b5f4e84f4ed58f5f27f75f30968e8234ca480660692452ce',
    );
  });

  it('hands out whole clients, invoices and projects in chunks of the size asked, each part alone or after another', () => {
    const options = { seed: 9, size: { clients: 450, employees: 40, invoices: 2_500, projects: 230 }, reportingCurrency: 'EUR', now: NOW };
    const whole = createDemoPlan(options);
    // A fresh company asked for its projects first (as a projects service seeding alone would).
    const alone = new DemoCompany(options);
    const projectChunks = [...alone.projects(100)];
    expect(projectChunks.map((chunk) => chunk.length)).toEqual([100, 100, 30]);
    expect(projectChunks.flat()).toEqual(whole.projects);

    const company = new DemoCompany(options);
    const crm = [...company.crm(200)];
    expect(crm.map((chunk) => chunk.clients.length)).toEqual([200, 200, 50]);
    expect(crm.flatMap((chunk) => chunk.clients)).toEqual(whole.clients);
    expect(crm.flatMap((chunk) => chunk.contracts)).toEqual(whole.contracts);
    // Every contract a chunk's renewal points at is in the same chunk.
    for (const chunk of crm) {
      const ids = new Set(chunk.contracts.map((contract) => contract.id));
      for (const contract of chunk.contracts) if (contract.renewsContractId) expect(ids.has(contract.renewsContractId)).toBe(true);
    }
    expect([...company.invoices(1_000)].flat()).toEqual(whole.invoices);
  });

  it('numbers issued invoices per year without gaps, in issue-date order', () => {
    const company = new DemoCompany({
      seed: 4,
      size: { clients: 60, employees: 12, invoices: 4_000, projects: 0 },
      reportingCurrency: 'USD',
      now: NOW,
    });
    const issued = [...company.invoices(700)].flat().filter((invoice) => invoice.issueDate !== null);
    const byYear = new Map<string, { date: string; id: string; n: number }[]>();
    for (const invoice of issued) {
      const [, year = '', n = ''] = /^INV-(\d{4})-(\d+)$/.exec(invoice.number) ?? [];
      expect(invoice.issueDate?.slice(0, 4)).toBe(year);
      byYear.set(year, [...(byYear.get(year) ?? []), { date: invoice.issueDate ?? '', id: invoice.id, n: Number(n) }]);
    }
    for (const numbered of byYear.values()) {
      numbered.sort((a, b) => a.n - b.n);
      expect(numbered.map((invoice) => invoice.n)).toEqual(numbered.map((_, index) => index + 1));
      const inOrder = [...numbered].sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1));
      expect(inOrder).toEqual(numbered);
    }
  });

  it('reads a whole plan as one chunk of each part', () => {
    const plan = createDemoPlan({
      seed: 2,
      size: { clients: 5, employees: 6, invoices: 20, projects: 3 },
      reportingCurrency: 'USD',
      now: NOW,
    });
    const parts = demoParts(plan);
    expect(parts.size).toEqual({ clients: 5, employees: 6, invoices: 20, projects: 3 });
    expect([...parts.invoices()]).toEqual([plan.invoices]);
  });
});

describe('the size of the demo company', () => {
  it('keeps the default proportions to SEED_CLIENTS for the sizes not set', () => {
    expect(loadConfig({ SEED_CLIENTS: '100000' }).seed).toMatchObject({
      clients: 100_000,
      employees: 30_000,
      invoices: 1_500_000,
      projects: 200_000,
    });
    expect(loadConfig({ SEED_CLIENTS: '10' }).seed).toMatchObject({ clients: 10, employees: 6, invoices: 150, projects: 20 });
  });

  it('takes every size that is set as given', () => {
    expect(loadConfig({ SEED_CLIENTS: '100000', SEED_INVOICES: '2000000', SEED_EMPLOYEES: '40' }).seed).toMatchObject({
      clients: 100_000,
      employees: 40,
      invoices: 2_000_000,
      projects: 200_000,
    });
  });
});
