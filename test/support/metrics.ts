/**
 * Resolves once the gateway at `url` reports `series` (a metric line's name and labels, as
 * exposed) at `atLeast` or more: how a test knows work is queued inside the gateway, waiting on
 * readiness rather than on a clock.
 */
export async function waitForMetric(url: string, series: string, atLeast: number): Promise<void> {
  for (;;) {
    const text = await (await fetch(new URL('/metrics', url))).text();
    const line = text.split('\n').find((l) => l.startsWith(series));
    if (line && Number(line.split(' ').at(-1)) >= atLeast) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
