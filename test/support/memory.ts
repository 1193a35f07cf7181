import { readFileSync } from 'node:fs';

/**
 * A process's resident memory as the kernel counts it (VmRSS in /proc/<pid>/status), in MB:
 * what a container's memory limit kills on, and independent of anything the process reports
 * about itself. Null where /proc is not available or the process is gone.
 */
export function residentMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}
