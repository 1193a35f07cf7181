import { SCOPES } from '../lib/auth/scope-names.ts';

/** `recordgraph --help`, kept apart from every command so printing it loads nothing else. */
export const HELP = `recordgraph — one GraphQL endpoint over a company's systems of record

Usage:
  recordgraph start                 run the five subgraphs and the gateway (seeds demo data on first start)
  recordgraph serve <service>       run one service: crm | accounting | hr | projects | webhooks | gateway
  recordgraph seed [domain…]        delete and re-create the demo data (all four domains by default)
  recordgraph migrate <store|all>   bring a store's schema up to date: crm, accounting, hr, projects,
                                    webhooks, or all five
  recordgraph token --scopes "<scope …>" [--subject <sub>] [--ttl <duration>]
                                    print a bearer token signed with JWT_SECRET (default subject
                                    recordgraph-cli, ttl 1h; durations like 30m, 8h, 7d)
  recordgraph doctor [--strict] [--examples N] [--json]
                                    every domain's data-quality report and the score (the number of
                                    problems found); --strict exits 1 unless the score is 0
  recordgraph reconcile FILE [--mapping FILE] [--json] [--csv OUT]
                                    compare a spreadsheet of clients (CSV) with the systems of record:
                                    every fact that disagrees, by how much, and who owns it
                                    (doctor and reconcile ask the gateway: --gateway URL, default the
                                    local one; --token TOKEN, default a read token signed with JWT_SECRET)
  recordgraph import <domain> <entity> FILE --profile <name> | --mapping FILE
                    [--dry-run] [--system <name>] [--report FILE] [--gateway URL] [--token T]
                                    import a CSV or JSON-lines file through the gateway: crm clients,
                                    accounting invoices, hr employees or projects projects; profiles:
                                    hubspot, xero, bamboohr, spreadsheet (README § Importing your data)
  recordgraph standardise FILE --profile <name> [--entity <entity>] | --mapping FILE
                                    print the file's rows standardised and every change; writes nothing
  recordgraph --help                this text

Scopes: ${SCOPES.join(' ')}
  read: every query; <domain>:write: that domain's mutations; hr:salary:read: Employee.salary;
  webhooks:manage: webhook endpoints and deliveries.

Configuration comes from environment variables (see README.md § Configuration), e.g.
  GATEWAY_PORT=5000 SEED_CLIENTS=50 recordgraph start
`;
