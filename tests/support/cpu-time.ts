/**
 * Time measured as CPU time of this process (all its threads, the reader's worker included; user
 * and system), in milliseconds. Unlike wall time it is not stretched when a shared machine runs
 * other processes, so a bound on it says something about the code, not about the machine's load.
 */
export function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Runs `work` and says how long it took, in wall time and in CPU time. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const wall = performance.now();
  const cpu = cpuMs();
  const value = await work();
  return { value, wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu };
}
