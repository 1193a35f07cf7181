import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES, requiredVariables } from '../lib/config.ts';
import { GATEWAY_MEMORY_ENV } from '../gateway/memory.ts';
import { SYSTEMS_OF_RECORD, type RecordSystem } from '../lib/domains.ts';

/**
 * docker-compose.yml and deploy/kubernetes.yaml cannot run here, so they are checked against the
 * configuration: every variable they give a recordgraph service is one the config reads, and every
 * variable a service needs in production is given.
 */

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
type Service = RecordSystem | 'gateway';
const SERVICES: Service[] = [...SYSTEMS_OF_RECORD, 'gateway'];

function expectConsistent(service: Service, variables: string[]) {
  // NODE_OPTIONS is Node's own: the gateway's memory budget (gateway/memory.ts).
  const unknown = variables.filter((name) => !CONFIG_VARIABLES.includes(name) && name !== 'NODE_OPTIONS');
  expect(unknown, `${service} sets variables the configuration does not read`).toEqual([]);
  const missing = requiredVariables(service).filter((name) => !variables.includes(name));
  expect(missing, `${service} lacks variables it needs in production`).toEqual([]);
  expect(variables).toContain(service === 'gateway' ? 'GATEWAY_PORT' : `${service.toUpperCase()}_PORT`);
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as {
    services: Record<string, { command?: string[]; environment?: Record<string, string> }>;
  };

  it.each(SERVICES)('runs %s with the variables the configuration reads and needs', (service) => {
    const definition = compose.services[service];
    expect(definition?.command).toEqual(['serve', service]);
    expectConsistent(service, Object.keys(definition?.environment ?? {}));
  });

  it('gives the gateway no database: it keeps no data', () => {
    expect(Object.keys(compose.services.gateway?.environment ?? {}).filter((name) => name.endsWith('_DATABASE_URL'))).toEqual([]);
  });

  it('runs the gateway within the memory budget the benchmarks measure', () => {
    expect(compose.services.gateway?.environment).toMatchObject(GATEWAY_MEMORY_ENV);
  });
});

describe('deploy/kubernetes.yaml', () => {
  interface Container {
    args: string[];
    env?: { name: string }[];
    envFrom?: { configMapRef?: { name: string } }[];
  }
  type Manifest =
    | { kind: 'ConfigMap'; metadata: { name: string }; data: Record<string, string> }
    | { kind: 'Secret'; metadata: { name: string }; stringData: Record<string, string> }
    | {
        kind: 'Deployment';
        metadata: { name: string };
        spec: { template: { spec: { containers: Container[]; initContainers?: Container[] } } };
      }
    | { kind: 'Service'; metadata: { name: string } };
  const manifests = parseAllDocuments(read('deploy/kubernetes.yaml')).map((doc) => doc.toJS() as Manifest);
  const configMaps = new Map(manifests.flatMap((m) => (m.kind === 'ConfigMap' ? [[m.metadata.name, Object.keys(m.data)] as const] : [])));
  const variablesOf = (container: Container) => [
    ...(container.envFrom ?? []).flatMap((source) => configMaps.get(source.configMapRef?.name ?? '') ?? []),
    ...(container.env ?? []).map((variable) => variable.name),
  ];

  it.each(SERVICES)('runs %s with the variables the configuration reads and needs', (service) => {
    const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === service);
    if (deployment?.kind !== 'Deployment') throw new Error(`no Deployment for ${service}`);
    const [container] = deployment.spec.template.spec.containers;
    expect(container?.args).toEqual(['serve', service]);
    expectConsistent(service, variablesOf(container ?? { args: [] }));
    // A subgraph migrates its own store before it serves; the gateway has none to migrate.
    const inits = deployment.spec.template.spec.initContainers ?? [];
    expect(inits.map((init) => init.args)).toEqual(service === 'gateway' ? [] : [['migrate', service]]);
    for (const init of inits) expect(variablesOf(init).filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });

  it('runs the gateway within the memory budget the benchmarks measure', () => {
    const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'gateway');
    if (deployment?.kind !== 'Deployment') throw new Error('no Deployment for the gateway');
    const env = (deployment.spec.template.spec.containers[0]?.env ?? []) as { name: string; value?: string }[];
    expect(Object.fromEntries(env.map((variable) => [variable.name, variable.value]))).toMatchObject(GATEWAY_MEMORY_ENV);
  });

  it('gives each subgraph only its own database, and the gateway none', () => {
    for (const service of SERVICES) {
      const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === service);
      if (deployment?.kind !== 'Deployment') throw new Error(`no Deployment for ${service}`);
      const names = variablesOf(deployment.spec.template.spec.containers[0] ?? { args: [] });
      expect(names.filter((name) => name.endsWith('_DATABASE_URL'))).toEqual(
        service === 'gateway' ? [] : [`${service.toUpperCase()}_DATABASE_URL`],
      );
    }
  });
});
