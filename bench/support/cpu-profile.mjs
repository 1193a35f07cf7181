// Loaded with NODE_OPTIONS=--import (Node refuses --cpu-prof there): profiles this process with
// the inspector from SIGUSR2 until SIGTERM, then writes the profile to CPU_PROFILE_PATH and exits.
// Used by bench/plugin-costs.ts only.
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';

const path = process.env.CPU_PROFILE_PATH;
if (path) {
  const session = new inspector.Session();
  session.connect();
  process.on('SIGUSR2', () => {
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 250 }, () => session.post('Profiler.start')),
    );
  });
  process.prependListener('SIGTERM', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(path, JSON.stringify(result.profile));
      process.exit(0);
    });
  });
}
