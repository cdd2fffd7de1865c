/**
 * CPU cost of a workload measured in a fresh Node process, for complexity tests by ratio. Inside
 * the test runner the heap holds whatever earlier tests left, and the garbage collector's work on
 * a large input then grows with it: the same scan measured 10× the time for 10× the input alone
 * and up to 55× inside the suite on a loaded machine. A fresh process with a single-threaded
 * collector (its helper threads' CPU would count too) measures the workload itself. (A larger young
 * generation, `--max-semi-space-size=64`, helped the model's build but made a scan of nested
 * lines 40× slower at 10× the input: it is not used.)
 *
 * `modulePath` (compiled JS) exports `prepare(...args)`, which builds the input and returns the
 * function to time (awaited: it may return a promise). The result is the least, over three
 * samples, of the mean CPU time of `reps` calls, after `warmups` calls (two unless told). Give
 * the smaller input as much warm-up work as the larger one: the compiler tiers up by work done,
 * and a small input warmed by two calls was sometimes timed in its slower tier (400 devices
 * measured 0.39–1.6 ms from one run to the next, so a ratio meant to be ~10× read 9–42×).
 * `nodeFlags` are added to the process's (e.g. a young generation small enough that both inputs
 * outgrow it, see test/xml/scanner-linear.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export function cpuMsInFreshProcess(modulePath: string, args: readonly unknown[], reps = 1, warmups = 2, nodeFlags: readonly string[] = []): number {
  const script = `
    const { prepare } = await import(${JSON.stringify(pathToFileURL(modulePath).href)});
    const run = await prepare(...${JSON.stringify(args)});
    for (let w = 0; w < ${warmups}; w++) await run();
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = cpu();
      for (let r = 0; r < ${reps}; r++) await run();
      best = Math.min(best, (cpu() - t0) / ${reps});
    }
    process.stdout.write(String(best));
  `;
  const r = spawnSync(process.execPath, ['--single-threaded-gc', ...nodeFlags, '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (r.status !== 0) throw new Error(`measuring ${modulePath} ${JSON.stringify(args)} failed: ${r.stderr}`);
  return Math.max(Number(r.stdout), 0.05);
}
