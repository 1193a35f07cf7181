import { readFileSync } from 'node:fs';

/**
 * CPU time a process has used so far, user and system, in ms (from /proc/<pid>/stat). Unlike wall
 * time it does not count waiting for a core, so it says what a request costs on a busy machine.
 * NaN when the process is gone.
 */
export function cpuMs(pid: number | undefined): number {
  try {
    const fields =
      readFileSync(`/proc/${pid ?? 0}/stat`, 'utf8')
        .split(') ')[1]
        ?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
