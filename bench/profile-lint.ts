/**
 * In-process profile of the warm pipeline: `lintText` over every document of the shared corpus
 * (or of the directories given), repeated, after warm-up rounds. Prints the CPU time per document
 * (median of the rounds) and, with --profile, the functions with the most self time over the
 * measured rounds (V8's sampling profiler through `node:inspector`, the same samples as
 * `node --cpu-prof`), and the same grouped by source file.
 *
 *   node dist/bench/profile-lint.js [--rounds 20] [--warmup 5] [--profile] [--top 40] [--lines FUNCTION] [--schema-only | --parse-only] [dirs…]
 *
 * --schema-only times the parse and the schema step of the <domain> documents (`parseXml` then
 * `validateTree`, a fresh tree per round as in `lintText`), without the model and the rules;
 * --parse-only the parse alone (subtract it to get the schema step).
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/linter/lint.js';
import { validateTree } from '../src/schema/feed.js';
import { grammarFor } from '../src/schema/grammars.js';
import { parseXml } from '../src/xml/parse.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : dflt;
};
const ROUNDS = flag('--rounds', 20);
const WARMUP = flag('--warmup', 5);
const TOP = flag('--top', 40);
const PROFILE = argv.includes('--profile');
const PARSE_ONLY = argv.includes('--parse-only');
const SCHEMA_ONLY = PARSE_ONLY || argv.includes('--schema-only');
const linesAt = argv.indexOf('--lines');
/** --lines NAME: also print the samples of the function NAME by line. */
const LINES = linesAt >= 0 ? argv[linesAt + 1] : undefined;
const dirs = argv.filter((a, i) => !a.startsWith('--') && !['--rounds', '--warmup', '--top', '--lines'].includes(argv[i - 1] ?? ''));

function xmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...xmlFiles(p));
    else if (e.name.endsWith('.xml')) out.push(p);
  }
  return out.sort();
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

/** Self time (ms) by function and by file, from the samples' time deltas. */
function aggregate(profile: Profile): { byFunction: [string, number][]; byFile: [string, number][]; total: number } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const n = nodes.get(id);
    if (!n) return;
    const f = n.callFrame;
    const file = f.url.startsWith('file:') ? path.relative(ROOT, fileURLToPath(f.url)) : f.url || `(${f.functionName || 'program'})`;
    const fn = `${f.functionName || '(anonymous)'} ${f.url ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    total += ms;
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(byFunction), byFile: sorted(byFile), total };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const roots = dirs.length > 0 ? dirs : [path.resolve(ROOT, '../shared/corpus')];
  const files = roots.flatMap(xmlFiles);
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  let round: () => Promise<void>;
  if (SCHEMA_ONLY) {
    const outcome = grammarFor(undefined, 'domain');
    if (outcome.status !== 'ok') throw new Error(`no domain grammar: ${outcome.status}`);
    const grammar = outcome.grammar;
    // The <domain> documents, parsed afresh in every round (as lintText does: a new tree, cold in the caches).
    const domains = texts.filter((t) => {
      const r = parseXml(t);
      return r.ok && r.document.root.name === 'domain';
    });
    texts.splice(0, texts.length, ...domains);
    round = async () => {
      for (const t of domains) {
        const r = parseXml(t);
        if (r.ok && !PARSE_ONLY) validateTree(grammar, r.document.root, r.document.text);
      }
    };
  } else {
    round = async () => {
      for (let i = 0; i < texts.length; i++) await lintText(texts[i]!, { filePath: files[i] });
    };
  }
  for (let i = 0; i < WARMUP; i++) await round();
  const session = new inspector.Session();
  if (PROFILE) {
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
  }
  const perDoc: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const c0 = process.cpuUsage();
    await round();
    const c = process.cpuUsage(c0);
    perDoc.push((c.user + c.system) / 1000 / texts.length);
  }
  const load = fs.readFileSync('/proc/loadavg', 'utf8').trim();
  process.stdout.write(
    `${PARSE_ONLY ? 'parseXml' : SCHEMA_ONLY ? 'parseXml + validateTree' : 'lintText'}: ${texts.length} documents × ${ROUNDS} rounds (after ${WARMUP} warm-up): ` +
      `CPU ${median(perDoc).toFixed(4)} ms/doc median (min ${Math.min(...perDoc).toFixed(4)}, max ${Math.max(...perDoc).toFixed(4)}); loadavg ${load}\n`,
  );
  if (!PROFILE) return;
  const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const { byFunction, byFile, total } = aggregate(profile);
  const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  process.stdout.write(`\nself time by function (${total.toFixed(0)} ms sampled):\n`);
  for (const [fn, ms] of byFunction.slice(0, TOP)) process.stdout.write(`${pct(ms)} ${ms.toFixed(1).padStart(8)} ms  ${fn}\n`);
  process.stdout.write('\nself time by file:\n');
  for (const [file, ms] of byFile.slice(0, TOP)) process.stdout.write(`${pct(ms)} ${ms.toFixed(1).padStart(8)} ms  ${file}\n`);
  if (LINES) {
    // Sample counts by source line of the named function (of the compiled JavaScript in dist/).
    const ticks = new Map<number, number>();
    for (const n of profile.nodes)
      if (n.callFrame.functionName === LINES) for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
    process.stdout.write(`\nsamples by line of ${LINES}:\n`);
    for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`${String(n).padStart(7)}  line ${line}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile-lint: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
