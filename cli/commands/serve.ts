import cluster from 'node:cluster';
import { assertProductionReady } from '../../lib/config.ts';
import { isRecordSystem, SYSTEMS_OF_RECORD } from '../../lib/domains.ts';
import { MigrationFailedError, StoreBehindError } from '../../lib/store/database.ts';
import type { Invocation } from '../command.ts';
import { superviseGatewayWorkers } from '../gateway-workers.ts';
import { startServices } from '../services.ts';
import { runUntilSignalled } from '../signals.ts';

/**
 * `recordgraph serve <service>`: one subgraph, or the gateway, in this process (the gateway in
 * GATEWAY_WORKERS processes when set); loads that service's code and no other's.
 */

export const explained = [StoreBehindError, MigrationFailedError];

export async function run({ args, config, log }: Invocation): Promise<number> {
  const [service] = args;
  if (service !== 'gateway' && !(service && isRecordSystem(service))) {
    console.error(`recordgraph serve: expected one of ${[...SYSTEMS_OF_RECORD, 'gateway'].join(', ')}; got ${service ?? 'nothing'}`);
    return 2;
  }
  assertProductionReady(service);
  // GATEWAY_WORKERS: this process supervises; each worker runs the lines below.
  if (service === 'gateway' && config.gatewayWorkers > 1 && cluster.isPrimary) return superviseGatewayWorkers(config.gatewayWorkers, log);
  const running = await startServices({
    config,
    log,
    subgraphs: service === 'gateway' ? [] : [service],
    gateway: service === 'gateway',
  });
  for (const started of running.services) log(`${started.name} listening on ${started.url}`);
  const code = await runUntilSignalled(running, log);
  // A gateway worker (GATEWAY_WORKERS): its channel to the primary is all that keeps it alive now.
  if (cluster.isWorker) cluster.worker?.disconnect();
  return code;
}
