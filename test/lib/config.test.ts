import { describe, expect, it } from 'vitest';
import { assertProductionReady, ConfigError, loadConfig, requiredVariables } from '../../lib/config.ts';

describe('configuration', () => {
  it('has working defaults for one machine', () => {
    const config = loadConfig({});
    expect(config.ports).toEqual({ gateway: 4000, crm: 4001, accounting: 4002, hr: 4003, projects: 4004, webhooks: 4005 });
    expect(config.subgraphUrls.hr).toBe('http://127.0.0.1:4003/graphql');
    expect(config.subgraphUrls.webhooks).toBe('http://127.0.0.1:4005/graphql');
    expect(config.databaseUrls.crm).toBe('./data/crm.sqlite');
    expect(config.databaseUrls.webhooks).toBe('./data/webhooks.sqlite');
    expect(config.reportingCurrency).toBe('USD');
    expect(config.seed).toMatchObject({ onStart: true, clients: 200, employees: 60, invoices: 3000, projects: 400 });
  });

  it('derives subgraph URLs from overridden ports and takes explicit URLs and database URLs', () => {
    const config = loadConfig({
      CRM_PORT: '5001',
      HR_URL: 'http://hr.internal:8080/graphql',
      ACCOUNTING_DATABASE_URL: 'postgres://127.0.0.1:5432/accounting',
    });
    expect(config.subgraphUrls.crm).toBe('http://127.0.0.1:5001/graphql');
    expect(config.subgraphUrls.hr).toBe('http://hr.internal:8080/graphql');
    expect(config.databaseUrls.accounting).toBe('postgres://127.0.0.1:5432/accounting');
  });

  it('stops with a message naming every wrong variable', () => {
    const attempt = () =>
      loadConfig({ CRM_PORT: 'eighty', REPORTING_CURRENCY: 'XYZW', ACCOUNTING_DATABASE_URL: 'mysql://db/accounting', NODE_ENV: 'staging' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/CRM_PORT="eighty"/);
    expect(attempt).toThrow(/REPORTING_CURRENCY="XYZW": expected an ISO 4217 currency code/);
    expect(attempt).toThrow(/ACCOUNTING_DATABASE_URL="mysql:\/\/db\/accounting": expected a SQLite file path or a postgres:\/\/ URL/);
    expect(attempt).toThrow(/NODE_ENV="staging"/);
  });

  it('takes per-subgraph timeouts over SUBGRAPH_TIMEOUT_MS and refuses a malformed list', () => {
    const config = loadConfig({ SUBGRAPH_TIMEOUT_MS: '8000', SUBGRAPH_TIMEOUTS_MS: 'projects=3000, crm=2000' });
    expect(config.subgraphTimeoutMs).toBe(8000);
    expect(config.subgraphResilience).toEqual({
      timeoutsMs: { projects: 3000, crm: 2000 },
      breakerFailures: 5,
      breakerHalfOpenMs: 5000,
      retries: 2,
      retryBudget: 0.1,
    });
    expect(() => loadConfig({ SUBGRAPH_TIMEOUTS_MS: 'projects:3000' })).toThrow(
      /SUBGRAPH_TIMEOUTS_MS="projects:3000": expected name=milliseconds/,
    );
    expect(() => loadConfig({ SUBGRAPH_TIMEOUTS_MS: 'crm=0' })).toThrow(
      /SUBGRAPH_TIMEOUTS_MS="crm=0": every timeout must be more than zero/,
    );
    expect(() => loadConfig({ SUBGRAPH_RETRY_BUDGET: '2' })).toThrow(/SUBGRAPH_RETRY_BUDGET="2"/);
  });
});

describe('production readiness', () => {
  it('names what a service run apart from the others must be told', () => {
    expect(requiredVariables('projects')).toEqual(['PROJECTS_DATABASE_URL', 'CRM_URL', 'HR_URL', 'NATS_URL', 'JWT_SECRET']);
    expect(requiredVariables('gateway')).toEqual([
      'CRM_URL',
      'ACCOUNTING_URL',
      'HR_URL',
      'PROJECTS_URL',
      'WEBHOOKS_URL',
      'REDIS_URL',
      'NATS_URL',
      'JWT_SECRET',
    ]);
    // The gateway keeps no data; webhooks is a subgraph with its own store, and asks no other subgraph.
    expect(requiredVariables('webhooks')).toEqual(['WEBHOOKS_DATABASE_URL', 'NATS_URL', 'JWT_SECRET']);
    expect(() => assertProductionReady('accounting', { NODE_ENV: 'production' })).toThrow(
      'recordgraph serve accounting in production needs these environment variables: ACCOUNTING_DATABASE_URL, CRM_URL, PROJECTS_URL, NATS_URL, JWT_SECRET (or JWT_JWKS_URL)',
    );
    expect(() => assertProductionReady('accounting', { NODE_ENV: 'development' })).not.toThrow();
  });

  it('takes a JWKS URL in place of JWT_SECRET', () => {
    const env = { NODE_ENV: 'production', HR_DATABASE_URL: 'postgres://127.0.0.1/hr', NATS_URL: 'nats://127.0.0.1:4222' };
    expect(() => assertProductionReady('hr', env)).toThrow(/JWT_SECRET \(or JWT_JWKS_URL\)/);
    expect(() => assertProductionReady('hr', { ...env, JWT_SECRET: 'x'.repeat(32) })).not.toThrow();
    expect(() => assertProductionReady('hr', { ...env, JWT_JWKS_URL: 'https://id.example/.well-known/jwks.json' })).not.toThrow();
  });
});
