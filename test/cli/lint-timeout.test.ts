import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI } from '../helpers/paths.js';
import { tempDir, writeTree } from './tmp.js';

/**
 * A plugin rule that never returns (`for (;;) {}`) hung the CLI: in this thread at --concurrency 1
 * (or with few files, where `auto` picks one thread), and in a worker too (the run waited for its
 * files for ever). A run that loads plugins now lints in worker threads only, and a file past
 * --lint-timeout has its worker terminated: the file says which rule did not finish, the run goes
 * on with a fresh worker and ends. The real CLI, with a real plugin module.
 */

const PLUGIN = `
import { isMainThread, threadId } from 'node:worker_threads';
const loopsOn = (name) => ({ meta: { description: 'never returns on a domain whose name matches ' + name }, check(domain) { if (name.test(domain.name?.value ?? '')) for (;;) {} } });
export default {
  meta: { name: 'virtlint-plugin-t', version: '1.0.0' },
  rules: {
    tail: {
      meta: { description: 'runs before forever and leaves a microtask that loops once the rules are done (no rule running then), on a domain named loop-tail' },
      check(domain) {
        if (domain.name?.value === 'loop-tail') queueMicrotask(() => { for (;;) {} });
      },
    },
    forever: {
      meta: { description: 'never returns on a domain named loop…' },
      check(domain) {
        if (domain.name?.value.startsWith('loop')) for (;;) {}
      },
    },
    again: loopsOn(/^loop-(two|three)/),
    third: loopsOn(/^loop-three/),
    quiet: {
      meta: { description: 'reports nothing (a disable comment naming it is unused)' },
      check() {},
    },
    pending: {
      meta: { description: 'an async check that never settles, and a timer that keeps its thread alive' },
      check(domain) {
        if (!domain.name?.value.startsWith('pending')) return undefined;
        setInterval(() => {}, 1000);
        return new Promise(() => {});
      },
    },
    later: {
      meta: { description: 'leaves a timer that never returns, on a domain named later…' },
      check(domain) {
        if (domain.name?.value.startsWith('later')) setTimeout(() => { for (;;) {} }, 0);
      },
    },
    thread: {
      meta: { description: 'says which thread linted the document' },
      check(domain, context) {
        context.report({ range: domain.range, message: (isMainThread ? 'main' : 'worker') + ' ' + threadId });
      },
    },
  },
};
`;
const CONFIG = `import t from './plugin.mjs';
export default [{ plugins: { t }, rules: { 't/tail': 'error', 't/forever': 'error', 't/again': 'error', 't/third': 'error', 't/quiet': 'error', 't/pending': 'error', 't/later': 'error', 't/thread': 'warn' } }];
`;

const domain = (name: string): string => `<domain type='kvm'><name>${name}</name><memory>524288</memory><os><type>hvm</type></os></domain>\n`;

interface Message {
  readonly ruleId: string;
  readonly message: string;
}
interface Result {
  readonly filePath: string;
  readonly messages: readonly Message[];
}

/**
 * The limit the tests set: well above the lint of a file in a fresh worker (the configuration's
 * import, the grammar's load) on a loaded machine, so that only the looping files are stopped.
 */
const LIMIT = '5';

/** Bound of one run: far above a few time-outs of 5 s on a loaded machine; a hang is killed and fails the test. */
const RUN_BOUND_MS = 90_000;

describe('cli: a plugin rule that never returns (--lint-timeout)', function () {
  this.timeout(RUN_BOUND_MS * 2);
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  /** A project with the plugin and one document per name (files named after the documents). */
  const project = (names: readonly string[]): string => {
    const dir = tempDir('virtlint-lint-timeout-');
    dirs.push(dir);
    writeTree(dir, { 'plugin.mjs': PLUGIN, 'virtlint.config.mjs': CONFIG, ...Object.fromEntries(names.map((n) => [`vms/${n}.xml`, domain(n)])) });
    return dir;
  };

  /** Runs the CLI to its end (or kills it at RUN_BOUND_MS, which fails the test); the JSON report by file name. Without the result cache unless `args` ask for it. */
  const run = (dir: string, args: readonly string[]): { status: number | null; stderr: string; byName: Map<string, Result> } => {
    const r = spawnSync(process.execPath, [CLI, ...(args.includes('--cache') ? [] : ['--no-cache']), '--format', 'json', ...args, 'vms'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: path.join(dir, '.xdg') },
      encoding: 'utf8',
      input: '',
      timeout: RUN_BOUND_MS,
      killSignal: 'SIGKILL',
    });
    expect(r.error, `virtlint did not end within ${RUN_BOUND_MS} ms`).to.equal(undefined);
    const results = JSON.parse(r.stdout) as Result[];
    return { status: r.status, stderr: r.stderr, byName: new Map(results.map((x) => [path.basename(x.filePath, '.xml'), x])) };
  };

  /** The finding of a file stopped in `rule` and not linted again (the bound was reached): its other findings are lost. */
  const stopped = (limit: string, rule = 'forever'): RegExp =>
    new RegExp(`^The rule t/${rule} from plugin 't' \\(virtlint-plugin-t 1\\.0\\.0\\) did not finish within ${limit} and was stopped: the file's other findings are lost \\(report this to the plugin's authors; --lint-timeout sets the limit\\)$`);
  /** The finding of a file stopped in `rule` and linted again without it (its other findings kept). */
  const relinted = (limit: string, rule = 'forever'): RegExp =>
    new RegExp(`^The rule t/${rule} from plugin 't' \\(virtlint-plugin-t 1\\.0\\.0\\) did not finish within ${limit} and was stopped; the file was checked again without it \\(report this to the plugin's authors; --lint-timeout sets the limit\\)$`);

  /** The thread that linted a document, as the `t/thread` rule reported it; the document must have been linted. */
  const threadOf = (r: Result | undefined): string => {
    const m = r?.messages.find((x) => x.ruleId === 't/thread');
    expect(m, `${r?.filePath}: linted, with the plugin's rules`).to.not.equal(undefined);
    return (m as Message).message;
  };

  it('--concurrency 1: the looping file is stopped at the limit and says which rule, and is linted again without it; the files after it are linted by a fresh worker; exit 1 (was: hung for ever)', () => {
    const { status, stderr, byName } = run(project(['a', 'b', 'loop', 'm', 'n']), ['--concurrency', '1', '--lint-timeout', LIMIT]);
    expect(stderr).to.equal('');
    expect(status).to.equal(1);
    expect([...byName.keys()], 'in input order').to.deep.equal(['a', 'b', 'loop', 'm', 'n']);
    const loop = byName.get('loop') as Result;
    // Its other rules' findings are kept (was: lost, the rule-crashed finding alone).
    expect(loop.messages.map((m) => m.ruleId)).to.deep.equal(['virtlint/rule-crashed', 't/thread']);
    expect(loop.messages[0]?.message).to.match(relinted(`${LIMIT} s`));
    const threads = ['a', 'b', 'm', 'n'].map((n) => threadOf(byName.get(n)));
    expect(threadOf(loop), 'linted again in the fresh worker').to.not.equal(threads[0]);
    for (const t of threads) expect(t, 'plugin rules run in worker threads only').to.match(/^worker \d+$/);
    // The worker stuck in the loop was terminated: the files it held after it went to another one.
    expect(threads[2]).to.not.equal(threads[0]);
    expect(threads[3]).to.not.equal(threads[0]);
  });

  it('--concurrency 2: every looping file is stopped and reported (and linted again without the rule), every other file linted, and the run ends (was: hung at its end)', () => {
    const names = Array.from({ length: 12 }, (_, i) => (i === 3 || i === 8 ? `loop${i}` : `vm${i}`));
    const { status, stderr, byName } = run(project(names), ['--concurrency', '2', '--lint-timeout', LIMIT]);
    expect(stderr).to.equal('');
    expect(status).to.equal(1);
    expect(byName.size).to.equal(12);
    for (const n of names) {
      const r = byName.get(n) as Result;
      if (n.startsWith('loop')) {
        expect(r.messages.map((m) => m.ruleId), n).to.deep.equal(['virtlint/rule-crashed', 't/thread']);
        expect(r.messages[0]?.message, n).to.match(relinted(`${LIMIT} s`));
      } else {
        expect(threadOf(r), n).to.match(/^worker \d+$/);
        expect(r.messages.map((m) => m.ruleId), n).to.deep.equal(['t/thread']);
      }
    }
  });

  it("a plugin's timer that never returns, left behind in a worker between two files: the worker is replaced, every file is linted, the run ends (was: hung)", () => {
    const names = Array.from({ length: 40 }, (_, i) => (i === 2 ? 'later' : `vm${String(i).padStart(2, '0')}`));
    const { status, stderr, byName } = run(project(names), ['--concurrency', '1', '--lint-timeout', LIMIT]);
    expect(stderr).to.equal('');
    expect(status, 't/thread only warns').to.equal(0);
    expect(byName.size).to.equal(40);
    for (const n of names) expect(byName.get(n)?.messages.map((m) => m.ruleId), n).to.deep.equal(['t/thread']);
  });

  it('a stopped file is not stored in the result cache, though linted again it has its text and other findings: the next run checks it again (the time-out may have been a loaded machine)', () => {
    const dir = project(['a', 'loop']);
    for (let i = 0; i < 2; i++) {
      const { status, byName } = run(dir, ['--cache', '--lint-timeout', LIMIT]);
      expect(status).to.equal(1);
      expect(byName.get('loop')?.messages[0]?.message, `run ${i + 1}`).to.match(relinted(`${LIMIT} s`));
      expect(byName.get('loop')?.messages.map((m) => m.ruleId), `run ${i + 1}`).to.deep.equal(['virtlint/rule-crashed', 't/thread']);
    }
    const cached = Object.keys((JSON.parse(fs.readFileSync(path.join(dir, '.virtlintcache'), 'utf8')) as { entries: Record<string, unknown> }).entries);
    expect(cached.map((f) => path.basename(f))).to.deep.equal(['a.xml']);
  });

  /** A project with the plugin and these documents under vms/ (by file name). */
  const projectWith = (docs: Readonly<Record<string, string>>): string => {
    const dir = tempDir('virtlint-lint-timeout-');
    dirs.push(dir);
    writeTree(dir, { 'plugin.mjs': PLUGIN, 'virtlint.config.mjs': CONFIG, ...Object.fromEntries(Object.entries(docs).map(([n, text]) => [`vms/${n}`, text])) });
    return dir;
  };

  /** A shorter limit for the tests below (each stop costs it): still well above a fresh worker's lint of one small file. */
  const SHORT = '3';
  /** A disk with a finding of a core rule that has a fix (ioeventfd-requires-virtio) and an element the grammar refuses. */
  const withFindings = (name: string): string =>
    `<domain type='kvm'><name>${name}</name><memory>524288</memory><bogus/><os><type>hvm</type></os><devices><disk type='file' device='disk'><driver name='qemu' ioeventfd='on'/><source file='/x'/><target dev='sda' bus='sata'/></disk></devices></domain>\n`;
  const ids = (r: Result | undefined): string[] => (r?.messages ?? []).map((m) => m.ruleId);

  it('a file stopped in a plugin rule keeps its schema error, its core rule\'s finding and its other plugin rule\'s finding, with the finding naming the rule; exit 1 (was: the rule-crashed finding alone)', () => {
    const { status, stderr, byName } = run(projectWith({ 'loop.xml': withFindings('loop') }), ['--concurrency', '1', '--lint-timeout', SHORT]);
    expect(stderr).to.equal('');
    expect(status).to.equal(1);
    const loop = byName.get('loop');
    expect(ids(loop)).to.deep.equal(['virtlint/rule-crashed', 't/thread', 'schema/unexpected-element', 'ioeventfd-requires-virtio']);
    expect(loop?.messages[0]?.message).to.match(relinted(`${SHORT} s`));
  });

  it('a disable comment for the stopped rule is not reported as unused (the rule never said what it would report); one for a rule that ran and reported nothing still is', () => {
    const comment = '<!-- virtlint-disable t/forever, t/quiet -->\n';
    const { status, byName } = run(projectWith({ 'loop.xml': comment + domain('loop'), 'vm.xml': comment + domain('vm') }), ['--concurrency', '1', '--lint-timeout', SHORT]);
    expect(status).to.equal(1);
    const unused = (r: Result | undefined): string[] => (r?.messages ?? []).filter((m) => m.ruleId === 'virtlint/unused-disable').map((m) => m.message);
    expect(ids(byName.get('loop'))[0]).to.equal('virtlint/rule-crashed');
    expect(unused(byName.get('loop'))).to.deep.equal(["Unused virtlint-disable comment: 't/quiet' reported no problem here"]);
    // The same comment where t/forever ran to its end: both are reported, as they always were.
    expect(unused(byName.get('vm'))).to.deep.equal(["Unused virtlint-disable comment: 't/forever' reported no problem here", "Unused virtlint-disable comment: 't/quiet' reported no problem here"]);
  });

  it('--fix: a file stopped in a rule is not rewritten from the lint without it (its fixable finding is reported); a file whose rules finish is fixed', () => {
    const dir = projectWith({ 'loop.xml': withFindings('loop'), 'fine.xml': withFindings('fine') });
    const { status, byName } = run(dir, ['--concurrency', '1', '--lint-timeout', SHORT, '--fix']);
    expect(status).to.equal(1);
    expect(fs.readFileSync(path.join(dir, 'vms', 'loop.xml'), 'utf8'), 'left as it was').to.equal(withFindings('loop'));
    expect(ids(byName.get('loop'))).to.include('ioeventfd-requires-virtio');
    expect(fs.readFileSync(path.join(dir, 'vms', 'fine.xml'), 'utf8'), 'fixed').to.not.contain('ioeventfd');
    expect(ids(byName.get('fine'))).to.not.include('ioeventfd-requires-virtio');
  });

  it('two rules that never return on one file: both are named and the other findings kept; a third gives up with the findings naming the three (a file costs at most three times the limit)', () => {
    const { status, byName } = run(projectWith({ 'loop-two.xml': domain('loop-two'), 'loop-three.xml': domain('loop-three') }), ['--concurrency', '1', '--lint-timeout', SHORT]);
    expect(status).to.equal(1);
    const two = byName.get('loop-two') as Result;
    expect(ids(two)).to.deep.equal(['virtlint/rule-crashed', 'virtlint/rule-crashed', 't/thread']);
    expect(two.messages[0]?.message).to.match(relinted(`${SHORT} s`, 'forever'));
    expect(two.messages[1]?.message).to.match(relinted(`${SHORT} s`, 'again'));
    const three = byName.get('loop-three') as Result;
    expect(ids(three)).to.deep.equal(['virtlint/rule-crashed', 'virtlint/rule-crashed', 'virtlint/rule-crashed']);
    expect(three.messages.map((m) => m.message)).to.satisfy((m: string[]) => relinted(`${SHORT} s`, 'forever').test(m[0] ?? '') && relinted(`${SHORT} s`, 'again').test(m[1] ?? '') && stopped(`${SHORT} s`, 'third').test(m[2] ?? ''));
  });

  it("virtlint's own step stopped in the lint without the rule (no rule running: nothing more to turn off): the finding naming the stopped rule is kept, with the time-out", () => {
    const { status, byName } = run(projectWith({ 'loop-tail.xml': domain('loop-tail') }), ['--concurrency', '1', '--lint-timeout', SHORT]);
    expect(status).to.equal(1);
    const tail = byName.get('loop-tail') as Result;
    expect(ids(tail)).to.deep.equal(['virtlint/rule-crashed', 'virtlint/internal']);
    expect(tail.messages[0]?.message).to.match(relinted(`${SHORT} s`));
    expect(tail.messages[1]?.message).to.equal(`Checking this file took longer than ${SHORT} s and was stopped: its findings are lost (--lint-timeout sets the limit)`);
  });

  /** The pending file's findings: the plugin rule reported as crashed at once, the other rule's finding kept, each file linted in `where`. */
  const expectPendingCrashed = (byName: Map<string, Result>, where: RegExp): void => {
    const pending = byName.get('pending') as Result;
    expect(pending.messages.map((m) => m.ruleId)).to.deep.equal(['t/thread', 'virtlint/rule-crashed']);
    expect(pending.messages[1]?.message).to.match(/^Internal error in rule t\/pending from plugin 't' \(virtlint-plugin-t 1\.0\.0\): check\(\) returned a promise/);
    for (const n of ['a', 'pending', 'b']) expect(threadOf(byName.get(n)), n).to.match(where);
  };

  it('an async check that never settles, with a timer keeping its thread alive: rule-crashed at once, and the run ends', () => {
    const { status, stderr, byName } = run(project(['a', 'pending', 'b']), ['--concurrency', '1']);
    expect(stderr).to.equal('');
    expect(status).to.equal(1);
    expectPendingCrashed(byName, /^worker \d+$/);
  });

  // bin/virtlint.js set process.exitCode and waited for the event loop to empty: a plugin's timer in
  // this thread kept the process alive after the report. Workers are terminated at the run's end, so
  // only --lint-timeout 0 (plugins in this thread) showed it; bin/ now exits once its output is out.
  it('with --lint-timeout 0 (plugins in this thread), a plugin timer left running does not keep the process alive', () => {
    const { status, byName } = run(project(['a', 'pending', 'b']), ['--concurrency', '1', '--lint-timeout', '0']);
    expect(status).to.equal(1);
    expectPendingCrashed(byName, /^main \d+$/);
  });

  it('--lint-timeout 0: no limit, and a run with plugins lints in this thread as before', () => {
    const { status, byName } = run(project(['a', 'b']), ['--concurrency', '1', '--lint-timeout', '0']);
    expect(status).to.equal(0);
    for (const n of ['a', 'b']) expect(threadOf(byName.get(n))).to.match(/^main \d+$/);
  });

  it('standard input: a plugin rule that never returns is stopped too (and the text linted again without it), and --stdin --fix still prints the document; with --lint-timeout 0 it is linted in this thread', () => {
    const dir = project([]);
    const stdin = (name: string, args: readonly string[], limit = LIMIT): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [CLI, '--no-cache', '--lint-timeout', limit, '--stdin', '--stdin-filename', 'vms/in.xml', ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: path.join(dir, '.xdg') },
        encoding: 'utf8',
        input: domain(name),
        timeout: RUN_BOUND_MS,
        killSignal: 'SIGKILL',
      });
    const looped = stdin('loop-in', ['--format', 'json']);
    expect(looped.error, `virtlint did not end within ${RUN_BOUND_MS} ms`).to.equal(undefined);
    expect(looped.status).to.equal(1);
    const [result] = JSON.parse(looped.stdout as string) as Result[];
    expect(result?.messages.map((m) => m.ruleId)).to.deep.equal(['virtlint/rule-crashed', 't/thread']);
    expect(result?.messages[0]?.message).to.match(relinted('5 s'));
    // As a filter: the document comes back as it was, the finding on standard error.
    const filtered = stdin('loop-in', ['--fix']);
    expect(filtered.error).to.equal(undefined);
    expect(filtered.stdout).to.equal(domain('loop-in'));
    expect(filtered.stderr).to.contain('did not finish within 5 s');
    // A document the rules finish on is linted in a worker (the plugin's rules are in the report).
    const fine = stdin('fine', ['--format', 'json']);
    expect(fine.status).to.equal(0);
    expect(threadOf((JSON.parse(fine.stdout as string) as Result[])[0])).to.match(/^worker \d+$/);
    // With no limit: in this thread, as before.
    const here = stdin('fine', ['--format', 'json'], '0');
    expect(threadOf((JSON.parse(here.stdout as string) as Result[])[0])).to.match(/^main \d+$/);
  });

  it('standard input in UTF-16 is linted in the worker too, with the error that libvirt refuses UTF-16 (the worker was given the text alone)', () => {
    const dir = project([]);
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(domain('fine'), 'utf16le')]);
    for (const limit of [LIMIT, '0']) {
      const r = spawnSync(process.execPath, [CLI, '--no-cache', '--lint-timeout', limit, '--stdin', '--stdin-filename', 'vms/in.xml', '--format', 'json'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: path.join(dir, '.xdg') },
        encoding: 'utf8',
        input,
        timeout: RUN_BOUND_MS,
        killSignal: 'SIGKILL',
      });
      expect(r.status, limit).to.equal(1);
      const [result] = JSON.parse(r.stdout) as Result[];
      expect(threadOf(result), limit).to.match(limit === '0' ? /^main \d+$/ : /^worker \d+$/);
      const refusals = result!.messages.filter((m) => m.ruleId === 'xml/encoding');
      expect(refusals.map((m) => m.message), limit).to.deep.equal([
        "The file is UTF-16 (it starts with a UTF-16 byte-order mark); libvirt reads documents as UTF-8 and refuses it (\"Start tag expected, '<' not found\") — convert the file to UTF-8",
      ]);
    }
  });

  it('--lint-timeout takes whole seconds from 0', () => {
    const dir = project(['a']);
    for (const bad of ['-1', '1.5', 'soon']) {
      const r = spawnSync(process.execPath, [CLI, '--lint-timeout', bad, 'vms'], { cwd: dir, encoding: 'utf8', input: '', timeout: RUN_BOUND_MS });
      expect(r.status, bad).to.equal(2);
      expect(r.stderr, bad).to.match(/--lint-timeout .*expected a whole number ≥ 0/);
    }
  });
});
