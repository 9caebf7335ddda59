import { readFileSync } from 'node:fs';

/** CPU time (user + system, in clock ticks) a process has used so far, from /proc. */
function cpuTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until a process stays nearly idle (under 5% of a CPU for two half-second samples in a
 * row), so that browser timings do not share the two CPUs with the mock building its indexes after
 * a bulk load. Answers how long it waited; gives up after `timeoutMs` (where /proc is missing, at
 * once) and then the figures are taken anyway.
 */
export async function waitUntilIdle(pid: number, timeoutMs = 180_000): Promise<number> {
  const started = Date.now();
  const ticksPerSample = 100 * 0.5 * 0.05; // USER_HZ is 100 on Linux
  let previous = cpuTicks(pid);
  let quiet = 0;
  while (previous !== null && quiet < 2 && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuTicks(pid);
    if (now === null) break;
    quiet = now - previous <= ticksPerSample ? quiet + 1 : 0;
    previous = now;
  }
  return Date.now() - started;
}
