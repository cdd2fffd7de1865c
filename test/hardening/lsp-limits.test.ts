import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CANCEL_GRACE_MS, LintRunner } from '../../src/lsp/lint-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { TestLspClient } from '../lsp/client.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { Scratch, VALID_DOMAIN } from './trust-helpers.js';

const HEAD = "<domain type='kvm'><name>r</name><memory>1048576</memory><os><type>hvm</type></os>";
/**
 * Disks in the slow document of the hover test: ~9 MB, under the 10 MiB limit. It keeps the server's
 * worker busy for ~0.6 s in process at load ~1 (robust-errors round; 20,000 took ~2 s in the third
 * session), while a hover takes milliseconds: the test counts hovers answered meanwhile.
 */
const SLOW_DISKS = 80000;
/** A document under the size limit that takes seconds to lint (thousands of invalid elements). */
const slowDocument = (n: number): string =>
  `${HEAD}<devices>${"<disk type='file' device='disk'><driver cache='bogus'/><source file='/x'/><target dev='vda' bus='virtio'/></disk>".repeat(n)}</devices></domain>`;

/** How long the slow plugin rule spins: far beyond the cancel grace, within the test's timeout. */
const SLOW_RULE_MS = 30_000;
/**
 * A configuration whose plugin rule leaves `spinning` beside it, then spins (a busy loop: only
 * terminating the worker stops it).
 */
const SLOW_PLUGIN_CONFIG = `import fs from 'node:fs';
export default [{
  plugins: { slow: { rules: { spin: { meta: { description: 'spins' }, check() {
    fs.writeFileSync(new URL('./spinning', import.meta.url), 'yes');
    const end = Date.now() + ${SLOW_RULE_MS}; while (Date.now() < end);
  } } } } },
  rules: { 'slow/spin': 'error' },
}];
`;

/** The worker entry as compiled (tests run from dist/test). */
const WORKER = pathToFileURL(path.join(REPO_ROOT, 'dist', 'src', 'lsp', 'lint-worker.js'));

/**
 * Issue 15, item 8: the language server applies the CLI's limits and lints off the request path: a
 * slow document never holds up completion or hover on another one, and a newer version cancels the
 * run of an older one. No timing is asserted, only order and outcomes.
 */
describe('issue 15.8: the language server has limits and never blocks requests on a lint', function () {
  // Safety net only: server start compiles the grammar, and a slow document is slow on purpose.
  this.timeout(240000);
  const scratch = new Scratch();
  let client: TestLspClient | undefined;
  afterEach(() => {
    client?.kill();
    client = undefined;
  });
  after(() => scratch.cleanup());

  it('a document over the size limit (20 MB; the limit is 10 MiB) is reported as xml/too-large, not linted; completion and hover stay empty', async () => {
    client = (await TestLspClient.start()).client;
    const dir = scratch.dir();
    const uri = pathToFileURL(path.join(dir, 'huge.xml')).href;
    const huge = `${HEAD}<devices>${`<!-- ${'x'.repeat(1000)} -->\n`.repeat(20_000)}</devices></domain>`;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, huge);
    const p = await published;
    expect(p.diagnostics.map((d) => d.code)).to.deep.equal(['xml/too-large']);
    expect(await client.completion(uri, { line: 0, character: 1 })).to.deep.equal([]);
    expect(await client.hover(uri, { line: 0, character: 2 })).to.equal(null);
  });

  it('the limit is the editor’s to set (maxFileSize), like --max-file-size', async () => {
    client = (await TestLspClient.start({ maxFileSize: 100 })).client;
    const uri = pathToFileURL(path.join(scratch.dir(), 'vm.xml')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, VALID_DOMAIN);
    expect((await published).diagnostics.map((d) => d.code)).to.deep.equal(['xml/too-large']);
  });

  it('hover on one document keeps being answered while another, slow document is linted', async () => {
    client = (await TestLspClient.start()).client;
    const dir = scratch.dir();
    const quick = pathToFileURL(path.join(dir, 'quick.xml')).href;
    const slow = pathToFileURL(path.join(dir, 'slow.xml')).href;
    const quickPublished = client.nextDiagnostics(quick);
    await client.open(quick, VALID_DOMAIN);
    await quickPublished;
    const at = { line: 0, character: 2 }; // on <domain
    expect(await client.hover(quick, at), 'warm-up hover').to.not.equal(null);
    let published = false;
    const slowPublished = client.nextDiagnostics(slow).then((p: PublishDiagnosticsParams) => {
      published = true;
      return p;
    });
    await client.open(slow, slowDocument(SLOW_DISKS));
    // Hover after hover while the slow lint runs. Linting on the request path, a hover waits for the
    // lint (a handful get through, at the lint's few pauses); off it, each takes milliseconds while
    // the lint takes seconds. A count, not a time: hundreds against a handful.
    let answered = 0;
    while (!published) {
      expect(await client.hover(quick, at)).to.not.equal(null);
      if (!published) answered++;
    }
    expect((await slowPublished).diagnostics.length).to.be.above(100);
    expect(answered, 'hovers answered while the slow document was linted').to.be.above(50);
  });

  it('a newer version cancels the running lint of an older one (the worker is restarted), and only the newer is answered', async () => {
    // The old run must still be running when the newer version comes, whatever the machine's speed:
    // a plugin rule that spins for 30 s (a slow rule in a user's plugin is the case this guards).
    // Slow documents stopped being slow as virtlint got faster (50,000 invalid disks: seconds in
    // the fourth session, ~0.5 s once only the diagnostics shown were worded).
    const dir = tempDir('virtlint-slow-plugin-');
    const configFile = path.join(dir, 'virtlint.config.mjs');
    writeTree(dir, { 'virtlint.config.mjs': SLOW_PLUGIN_CONFIG });
    const runner = new LintRunner(WORKER);
    try {
      const config = { configFile: undefined, ignored: false, rules: {}, settings: {} };
      const warm = await runner.lint({ key: 'other', text: VALID_DOMAIN, filePath: '/w/other.xml', config });
      expect('result' in warm).to.equal(true);
      const posted = performance.now();
      const old = runner.lint({ key: 'doc', text: VALID_DOMAIN, filePath: '/w/doc.xml', config: { ...config, configFile }, pluginConfigFile: configFile });
      // The rule is spinning (waited for, not guessed by a timer: a loaded machine can take seconds
      // to start the thread), and the run is past the grace period (a younger run is left to finish):
      // the run is cancelled rather than waited for.
      const spinning = path.join(dir, 'spinning');
      for (let i = 0; i < 1200 && !fs.existsSync(spinning); i++) await new Promise((r) => setTimeout(r, 50));
      expect(fs.existsSync(spinning), 'the plugin rule runs').to.equal(true);
      const young = CANCEL_GRACE_MS + 100 - (performance.now() - posted);
      if (young > 0) await new Promise((r) => setTimeout(r, young));
      const started = Date.now();
      const newer = runner.lint({ key: 'doc', text: VALID_DOMAIN, filePath: '/w/doc.xml', config });
      expect(await old).to.deep.equal({ cancelled: true });
      expect(Date.now() - started, 'cancelled, not waited for (the rule spins for 30 s)').to.be.below(SLOW_RULE_MS);
      const answer = await newer;
      expect('result' in answer && answer.result.diagnostics).to.deep.equal([]);
      expect(runner.workersStarted, 'the worker was terminated and started again').to.equal(2);
    } finally {
      await runner.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a queued run of an older version is dropped without running', async () => {
    const runner = new LintRunner(WORKER);
    try {
      const config = { configFile: undefined, ignored: false, rules: {}, settings: {} };
      const busy = runner.lint({ key: 'busy', text: VALID_DOMAIN, filePath: '/w/busy.xml', config });
      const queued = runner.lint({ key: 'doc', text: VALID_DOMAIN, filePath: '/w/doc.xml', config });
      const newer = runner.lint({ key: 'doc', text: VALID_DOMAIN.replace('trust', 'trust2'), filePath: '/w/doc.xml', config });
      expect(await queued).to.deep.equal({ cancelled: true });
      expect('result' in (await newer)).to.equal(true);
      expect('result' in (await busy)).to.equal(true);
      expect(runner.workersStarted).to.equal(1);
    } finally {
      await runner.dispose();
    }
  });

  it('the lint thread is part of the build (dist/src/lsp/lint-worker.js exists next to the server)', () => {
    expect(fs.existsSync(WORKER)).to.equal(true);
  });
});
