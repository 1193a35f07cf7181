import type { Log, RunningServices } from './services.ts';

/** Runs until SIGINT or SIGTERM, then stops the gateway first and the subgraphs after it. */
export function runUntilSignalled(running: RunningServices, log: Log): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log(`\n${signal} again: exiting now`);
        process.exit(130);
      }
      stopping = true;
      log(`\n${signal}: stopping…`);
      void (async () => {
        await running.stop();
        log('stopped');
        resolve(0);
      })();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
