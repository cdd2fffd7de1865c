import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LintRunner } from '../../src/lsp/lint-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from '../cli/tmp.js';

/**
 * The language server's time limit counts from when its lint thread takes the job, not from when
 * the thread was started: on a loaded machine a new thread took 1.5–3.6 s to load its modules, and
 * documents whose check takes milliseconds were stopped as if a rule never returned. Here the thread
 * is made slow to start on purpose (a wrapper that holds its thread for 1.5 s before loading the
 * real lint thread), with a limit of 0.5 s.
 */

const REAL_WORKER = pathToFileURL(path.join(REPO_ROOT, 'dist', 'src', 'lsp', 'lint-worker.js')).href;
const HOLD_MS = 1500;
const LIMIT_MS = 500;

describe('lsp: the time limit does not count a lint thread still starting', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = tempDir('virtlint-lsp-slow-start-');
    fs.writeFileSync(
      path.join(dir, 'slow-worker.mjs'),
      `const end = Date.now() + ${HOLD_MS};\nwhile (Date.now() < end);\nawait import(${JSON.stringify(REAL_WORKER)});\n`,
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a thread that takes 1.5 s to start, a limit of 0.5 s: the document is checked (was: stopped at 0.5 s)', async () => {
    const runner = new LintRunner(pathToFileURL(path.join(dir, 'slow-worker.mjs')), LIMIT_MS);
    try {
      const text = "<domain type='kvm'><name>x</name><memory>524288</memory><bogus/><os><type>hvm</type></os></domain>\n";
      const outcome = await runner.lint({ key: 'x', text, filePath: path.join(dir, 'x.xml'), config: { configFile: undefined, ignored: false, rules: {}, settings: {} } });
      expect('result' in outcome, JSON.stringify(outcome)).to.equal(true);
      if ('result' in outcome) expect(outcome.result.diagnostics.map((d) => d.ruleId)).to.include('schema/unexpected-element');
      // One thread: it was not stopped at the limit and started again.
      expect(runner.workersStarted).to.equal(1);
    } finally {
      await runner.dispose();
    }
  });
});
