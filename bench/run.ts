/**
 * `npm run bench`: virtlint against the tools people use today, on the same documents, on this
 * machine, in one run. Prints a table (and with --write, updates docs/performance.md).
 *
 *   node dist/bench/run.js [--files 5000] [--runs 10] [--batch-runs 3] [--only batch,cold,growth,editor] [--write]
 *
 * --only re-measures some sections (to check one change quickly); it cannot be combined with --write,
 * which records the whole table.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAttributeHeavy, generateDeep, generateDomain, generateMetadata } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'bin', 'virtlint.js');
const CORPUS = path.resolve(ROOT, '../shared/corpus/virt-install');
const LIBVIRT_DOMAIN_RNG = '/usr/share/libvirt/schemas/domain.rng';
/** A configuration loading the example plugin (two plugin rules, read through the read-only model view). */
const PLUGIN_CONFIG = path.join(ROOT, 'examples', 'plugins', 'virtlint.config.mjs');

const argv = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const TARGET_FILES = flag('--files', 5000);
const RUNS = flag('--runs', 10);
/** Batch runs are repeated and the median kept: other work on the machine makes single runs noisy. */
const BATCH_RUNS = flag('--batch-runs', 3);
const WRITE = argv.includes('--write');
const SECTIONS = ['batch', 'cold', 'growth', 'editor'] as const;
const onlyAt = argv.indexOf('--only');
const ONLY = new Set(onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',') : SECTIONS);
for (const s of ONLY) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only ${s}: expected some of ${SECTIONS.join(',')}`);
if (WRITE && ONLY.size < SECTIONS.length) throw new Error('--write records the whole table: leave out --only');
/** Whether this section is measured in this run. */
const measure = (section: (typeof SECTIONS)[number]): boolean => ONLY.has(section);

/**
 * bin/virtlint.js runs the bundled CLI only when it is at least as new as dist/src/cli.js; another
 * `tsc` on this tree during the run would make it fall back to the unbundled modules. Rebundle then.
 */
function ensureFreshBundle(): void {
  const mtime = (p: string): number => fs.statSync(path.join(ROOT, p), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (mtime('dist/src/bundle/cli.js') >= mtime('dist/src/cli.js')) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling failed: ${r.stderr}`);
}

const have = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const TIME = '/usr/bin/time';
const HAVE_TIME = fs.existsSync(TIME);

/**
 * Runs a command; wall time, and (with GNU time) the CPU time of the process and its threads,
 * which other work on a shared machine disturbs much less than the wall time.
 */
function timed(cmd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): { ms: number; cpuMs: number; r: SpawnSyncReturns<string> } {
  const cpuFile = path.join(os.tmpdir(), `virtlint-bench-cpu-${process.pid}`);
  const [file, argv] = HAVE_TIME ? [TIME, ['-q', '-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let cpuMs = NaN;
  if (HAVE_TIME) {
    const last = fs.readFileSync(cpuFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys] = last.split(' ').map(Number);
    cpuMs = ((user ?? NaN) + (sys ?? NaN)) * 1000;
    fs.rmSync(cpuFile, { force: true });
  }
  return { ms, cpuMs, r };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** The corpus's <domain> documents (the kind every tool here validates), replicated to ~N files. */
function replicateCorpus(dir: string, n: number): string[] {
  const domains = fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xml') && /^\s*(<!--[\s\S]*?-->\s*)*<domain\b/.test(fs.readFileSync(path.join(CORPUS, f), 'utf8')))
    .sort();
  const files: string[] = [];
  for (let i = 0; files.length < n; i++) {
    const src = domains[i % domains.length]!;
    const sub = path.join(dir, `copy${Math.floor(i / domains.length)}`);
    fs.mkdirSync(sub, { recursive: true });
    const dst = path.join(sub, src);
    fs.copyFileSync(path.join(CORPUS, src), dst);
    files.push(dst);
  }
  return files;
}

interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

interface Row {
  readonly what: string;
  readonly value: string;
  readonly ratio?: string;
  readonly note?: string;
}

function table(rows: Row[]): string {
  const head = ['measurement', 'result', 'vs xmllint / baseline', 'note'];
  const body = rows.map((r) => [r.what, r.value, r.ratio ?? '', r.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

function main(): void {
  const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  if (!fs.existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}`);
  const rows: Row[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-bench-'));
  /** The bench's own XDG_CACHE_HOME (probe and code caches), outside the linted directory. */
  const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-bench-cache-'));
  try {
    // --- Batch throughput -------------------------------------------------------------------
    const files = measure('batch') ? replicateCorpus(dir, TARGET_FILES) : [];
    const listFile = path.join(dir, 'files.txt');
    fs.writeFileSync(listFile, files.join('\n'));
    process.stderr.write(`bench: ${files.length} domain documents in ${dir}\n`);

    let xmllintRate = NaN;
    let xmllintCpuRate = NaN;
    /** Documents per CPU-second, and how that compares with xmllint's. */
    const cpuNote = (cpuMs: number): string =>
      Number.isNaN(cpuMs) ? '' : `; CPU ${(cpuMs / 1000).toFixed(1)} s = ${(files.length / (cpuMs / 1000)).toFixed(0)} docs per CPU-second (${(files.length / (cpuMs / 1000) / xmllintCpuRate).toFixed(2)}× xmllint's)`;
    if (measure('batch') && have('xmllint') && fs.existsSync(LIBVIRT_DOMAIN_RNG)) {
      const runs = Array.from({ length: BATCH_RUNS }, () => timed('xmllint', ['--noout', '--relaxng', LIBVIRT_DOMAIN_RNG, ...files]));
      const ms = median(runs.map((x) => x.ms));
      const cpuMs = median(runs.map((x) => x.cpuMs));
      xmllintRate = files.length / (ms / 1000);
      xmllintCpuRate = files.length / (cpuMs / 1000);
      rows.push({ what: 'batch: xmllint --relaxng (schema only, 1 process)', value: `${xmllintRate.toFixed(0)} docs/s`, ratio: '1.00×', note: `median of ${BATCH_RUNS}${cpuNote(cpuMs)}` });
    }
    // The command line a user runs (`virtlint DIR`): no result cache (it is opt-in, --cache), and
    // emulator capabilities from the probe cache, which the first run on a machine fills (one QEMU
    // launch per emulator binary, ~0.25 s) and later runs read. The bench keeps its own cache
    // directory, filled by one untimed run, so the user's caches neither help nor change.
    // `--no-cache` (no cache of any kind: a live probe in every run) is measured as well.
    const cacheEnv = { env: { ...process.env, XDG_CACHE_HOME: cacheHome } };
    if (measure('batch')) {
      ensureFreshBundle();
      const warm = timed(process.execPath, [CLI, '--format', 'json', dir], cacheEnv);
      if (warm.r.status !== 0 && warm.r.status !== 1) throw new Error(`virtlint failed: ${warm.r.stderr}`);
    }
    const batchRuns: { flags: string[]; label: string }[] = [
      { flags: ['--concurrency', 'auto'], label: '--concurrency auto (the default)' },
      { flags: ['--concurrency', '1'], label: '--concurrency 1' },
      { flags: ['--no-cache', '--concurrency', 'auto'], label: '--no-cache (live QEMU probes), --concurrency auto' },
      { flags: ['--config', PLUGIN_CONFIG, '--concurrency', '1'], label: 'and the example plugin (2 rules), --concurrency 1' },
    ];
    for (const { flags, label } of measure('batch') ? batchRuns : []) {
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < BATCH_RUNS; i++) {
        ensureFreshBundle();
        const { ms, cpuMs, r } = timed(process.execPath, [CLI, '--format', 'json', ...flags, dir], cacheEnv);
        if (r.status !== 0 && r.status !== 1) throw new Error(`virtlint failed: ${r.stderr}`);
        times.push(ms);
        cpu.push(cpuMs);
      }
      const ms = median(times);
      const rate = files.length / (ms / 1000);
      rows.push({ what: `batch: virtlint, grammar + all rules, ${label}`, value: `${rate.toFixed(0)} docs/s`, ratio: `${(rate / xmllintRate).toFixed(2)}×`, note: `${(ms / 1000).toFixed(1)} s for ${files.length} files (median of ${BATCH_RUNS}: ${times.map((t) => (t / 1000).toFixed(1)).join(', ')} s)${cpuNote(median(cpu))}` });
    }
    if (measure('batch') && have('jing') && fs.existsSync(LIBVIRT_DOMAIN_RNG)) {
      const { ms, cpuMs } = timed('jing', [LIBVIRT_DOMAIN_RNG, ...files]);
      const rate = files.length / (ms / 1000);
      rows.push({ what: 'batch: jing (schema only, 1 JVM)', value: `${rate.toFixed(0)} docs/s`, ratio: `${(rate / xmllintRate).toFixed(2)}×`, note: cpuNote(cpuMs).slice(2) });
    }
    if (measure('batch') && have('virt-xml-validate')) {
      const sample = files.slice(0, 200);
      const t0 = process.hrtime.bigint();
      for (const f of sample) spawnSync('virt-xml-validate', [f], { encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const rate = sample.length / (ms / 1000);
      rows.push({ what: 'batch: virt-xml-validate, one process per file', value: `${rate.toFixed(0)} docs/s`, ratio: `${(rate / xmllintRate).toFixed(2)}×`, note: `measured on ${sample.length} files (what pre-commit users run today)` });
    }

    // --- Cold start ---------------------------------------------------------------------------
    // Interleaved with `node -e 0` so that both see the same load on a shared machine.
    const typical = path.join(ROOT, 'examples', 'seed-disk-ioeventfd.xml');
    const ours: number[] = [];
    const theirs: number[] = [];
    const bare: number[] = [];
    const bareCpu: number[] = [];
    const oursCpu: number[] = [];
    /** Without the V8 code cache of the bundle (bin/code-cache.js): about what a first run costs. */
    const uncached: number[] = [];
    const uncachedCpu: number[] = [];
    /** prebuilt/virtlint.js, what the pre-commit hook and the Action run (with the code cache, as bin/). */
    const hook: number[] = [];
    const hookCpu: number[] = [];
    const PREBUILT = path.join(ROOT, 'prebuilt', 'virtlint.js');
    for (let i = 0; i < (measure('cold') ? RUNS : 0); i++) {
      ensureFreshBundle();
      const node = timed(process.execPath, ['-e', '0']);
      bare.push(node.ms);
      bareCpu.push(node.cpuMs);
      const run = timed(process.execPath, [CLI, '--no-cache', typical]);
      ours.push(run.ms);
      oursCpu.push(run.cpuMs);
      const first = timed(process.execPath, [CLI, '--no-cache', typical], { env: { ...process.env, VIRTLINT_CODE_CACHE: '0' } });
      uncached.push(first.ms);
      uncachedCpu.push(first.cpuMs);
      if (fs.existsSync(PREBUILT)) {
        const hooked = timed(process.execPath, [PREBUILT, '--no-cache', typical]);
        hook.push(hooked.ms);
        hookCpu.push(hooked.cpuMs);
      }
      if (have('virt-xml-validate')) theirs.push(timed('virt-xml-validate', [typical]).ms);
    }
    const theirsMedian = median(theirs);
    const bareMedian = median(bare);
    if (measure('cold')) rows.push({
      what: `cold start: virtlint, one file (median of ${RUNS})`, // with the code cache the first run wrote
      value: `${median(ours).toFixed(0)} ms`,
      ratio: `${(median(ours) / bareMedian).toFixed(2)}× of node -e 0`,
      note: `target ≤ 150 ms and ≤ 2.5× node -e 0; min ${Math.min(...ours).toFixed(0)} ms; CPU ${median(oursCpu).toFixed(0)} ms (median), ${Math.min(...oursCpu).toFixed(0)} ms (min), ${(median(oursCpu) / median(bareCpu)).toFixed(2)}× node -e 0's${theirs.length ? `; ${(median(ours) / theirsMedian).toFixed(2)}× of virt-xml-validate` : ''}`,
    });
    if (measure('cold')) rows.push({ what: `cold start: virtlint without its code cache (median of ${RUNS})`, value: `${median(uncached).toFixed(0)} ms`, ratio: `${(median(uncached) / bareMedian).toFixed(2)}× of node -e 0`, note: `VIRTLINT_CODE_CACHE=0, about a first run; CPU ${median(uncachedCpu).toFixed(0)} ms (median)` });
    if (hook.length) rows.push({ what: `cold start: prebuilt/virtlint.js, the pre-commit hook's entry (median of ${RUNS})`, value: `${median(hook).toFixed(0)} ms`, ratio: `${(median(hook) / bareMedian).toFixed(2)}× of node -e 0`, note: `the committed bundle the hook and the Action run, with its code cache as bin/'s; CPU ${median(hookCpu).toFixed(0)} ms (median)` });
    if (measure('cold')) rows.push({ what: `cold start: node -e 0 (median of ${RUNS}, same run)`, value: `${bareMedian.toFixed(0)} ms`, note: `CPU ${median(bareCpu).toFixed(0)} ms (median)` });
    if (theirs.length) rows.push({ what: `cold start: virt-xml-validate, same file (median of ${RUNS})`, value: `${theirsMedian.toFixed(0)} ms` });

    // --- Growth -------------------------------------------------------------------------------
    /** lintText on one file in a fresh process (after one warm-up run): time, peak RSS, diagnostics. */
    const probeLint = (file: string): { ms: number; rss: number; diags: number } => {
      const probe = `import('${path.join(ROOT, 'dist/src/linter/lint.js')}').then(async ({ lintText }) => { const fs = await import('node:fs'); const t = fs.readFileSync(${JSON.stringify(file)}, 'utf8'); await lintText(t); const t0 = performance.now(); const r = await lintText(t); const ms = performance.now() - t0; console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS, diags: r.diagnostics.length })); })`;
      const { r } = timed(process.execPath, ['--input-type=module', '-e', probe]);
      return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; rss: number; diags: number };
    };
    const kib = (file: string): string => `${(fs.statSync(file).size / 1024).toFixed(0)} KiB`;
    for (const n of measure('growth') ? [1, 10, 100, 1000, 5000] : []) {
      const file = path.join(dir, `grow-${n}.xml`);
      fs.writeFileSync(file, generateDomain(n));
      const m = probeLint(file);
      rows.push({ what: `growth (wide): ${n} disks + ${n} interfaces (${kib(file)})`, value: `${m.ms.toFixed(0)} ms`, note: `peak RSS ${(m.rss / 1024).toFixed(0)} MB, ${m.diags} diagnostics${n === 5000 ? '; target ≤ 0.5 s, ≤ 150 MB' : ''}` });
    }
    for (const n of measure('growth') ? [25000, 250000] : []) {
      const file = path.join(dir, `metadata-${n}.xml`);
      fs.writeFileSync(file, generateMetadata(n));
      const m = probeLint(file);
      rows.push({ what: `metadata: ${n.toLocaleString('en')} empty elements in <metadata> (${kib(file)})`, value: `${m.ms.toFixed(0)} ms`, note: `peak RSS ${(m.rss / 1024).toFixed(0)} MB, ${m.diags} diagnostics${n === 250000 ? '; target ≤ 1 s (libxml2: 66 s)' : ''}` });
    }
    for (const n of measure('growth') ? [10, 100, 1000] : []) {
      const file = path.join(dir, `deep-${n}.xml`);
      fs.writeFileSync(file, generateDeep(n, 200));
      const m = probeLint(file);
      rows.push({ what: `growth (deep): ${n} chains of 200 nested elements (${kib(file)})`, value: `${m.ms.toFixed(0)} ms`, note: `peak RSS ${(m.rss / 1024).toFixed(0)} MB, ${m.diags} diagnostics` });
    }
    for (const n of measure('growth') ? [100, 1000, 4000] : []) {
      const file = path.join(dir, `attrs-${n}.xml`);
      fs.writeFileSync(file, generateAttributeHeavy(n, 100));
      const m = probeLint(file);
      rows.push({ what: `growth (attributes): ${n} elements × 100 attributes (${kib(file)})`, value: `${m.ms.toFixed(0)} ms`, note: `peak RSS ${(m.rss / 1024).toFixed(0)} MB, ${m.diags} diagnostics` });
    }

    // --- Editor ---------------------------------------------------------------------------------
    const lspBench = path.join(ROOT, 'dist/bench/lsp-latency.js');
    if (measure('editor') && fs.existsSync(lspBench)) {
      const { r } = timed(process.execPath, [lspBench, '--json']);
      try {
        const m = JSON.parse(r.stdout) as { lines: number; edits: number; server: { wall: Stats }; inProcess: { wall: Stats } };
        const what = `${m.lines}-line domain, ${m.edits} edits`;
        rows.push({ what: 'editor: language server, didChange → diagnostics', value: `${m.server.wall.p50.toFixed(1)} ms p50`, note: `p95 ${m.server.wall.p95.toFixed(1)} ms, p99 ${m.server.wall.p99.toFixed(1)} ms; ${what}, debounce off` });
        rows.push({ what: 'editor: lintText in process', value: `${m.inProcess.wall.p50.toFixed(1)} ms p50`, note: `p95 ${m.inProcess.wall.p95.toFixed(1)} ms, p99 ${m.inProcess.wall.p99.toFixed(1)} ms; ${what}` });
      } catch {
        rows.push({ what: 'editor: language server re-lint latency', value: 'failed', note: (r.stderr || r.stdout).trim().split('\n').pop()?.slice(0, 80) ?? '' });
      }
      // The same after 1,000 edits: V8 optimises each rule's check, which runs once per lint, only
      // after hundreds of lints, and those compilations (on its background threads) make most of the
      // first row's tail; this row is the server once they are done.
      const settled = timed(process.execPath, [lspBench, '--json', '--warmup', '1000']).r;
      try {
        const m = JSON.parse(settled.stdout) as { lines: number; edits: number; warmup: number; server: { wall: Stats } };
        rows.push({
          what: 'editor: language server, after 1,000 edits',
          value: `${m.server.wall.p50.toFixed(1)} ms p50`,
          note: `p95 ${m.server.wall.p95.toFixed(1)} ms, p99 ${m.server.wall.p99.toFixed(1)} ms; ${m.lines}-line domain, ${m.edits} edits after ${m.warmup}, debounce off`,
        });
      } catch {
        rows.push({ what: 'editor: language server, after 1,000 edits', value: 'failed', note: (settled.stderr || settled.stdout).trim().split('\n').pop()?.slice(0, 80) ?? '' });
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheHome, { recursive: true, force: true });
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
  const load = `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min) at the end, ${loadAtStart} at the start`;
  const out = `${table(rows)}\n\nMachine: ${machine}. Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${load}.\n`;
  process.stdout.write(out);
  if (WRITE) {
    const doc = path.join(ROOT, 'docs', 'performance.md');
    const text = fs.readFileSync(doc, 'utf8');
    const start = text.indexOf('<!-- bench:start -->');
    const end = text.indexOf('<!-- bench:end -->');
    if (start < 0 || end < 0) throw new Error('docs/performance.md lacks the bench markers');
    fs.writeFileSync(doc, `${text.slice(0, start)}<!-- bench:start -->\n${out}<!-- bench:end -->${text.slice(end + '<!-- bench:end -->'.length)}`);
  }
}

main();
