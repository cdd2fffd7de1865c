import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from './tmp.js';

/**
 * The command line's entries (bin/ and the committed prebuilt/) keep V8's optimising compiler away
 * from the rules' `check` functions (`--turbo-filter=-check`, docs/performance.md): each runs once
 * per document, and compiling ~150 of them cost more CPU over a batch than their optimised code saved.
 * V8's own trace (`--trace-opt`) says which functions TurboFan compiled. The same run through the
 * CLI's module without the entry's flags is the control: it shows that the batch is large enough
 * for rules to become hot, so the entries' zero is the flag's doing.
 */
describe('V8 tiering of the command line (bin/virtlint.js, prebuilt/virtlint.js)', function () {
  this.timeout(180000);

  /** Names of the functions TurboFan compiled in one run over `dir`. */
  const turbofanned = (entry: string[], dir: string): string[] => {
    const r = spawnSync(process.execPath, ['--trace-opt', ...entry, '--no-cache', '--format', 'json', '--concurrency', '1', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { PATH: process.env.PATH ?? '', HOME: tempDir(), VIRTLINT_CODE_CACHE: '0' },
    });
    expect(r.status, r.stderr).to.be.oneOf([0, 1]);
    return [...r.stdout.matchAll(/completed compiling 0x[0-9a-f]+ <JSFunction (\S*) .*?\(target TURBOFAN\)/g)].map((m) => m[1] as string);
  };

  let batch = '';
  before(function () {
    if (!fs.existsSync(CORPUS)) this.skip();
    // ~1,500 documents: the shared corpus's domains six times over.
    batch = tempDir();
    const domains = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml'));
    for (let copy = 0; copy < 6; copy++) {
      const dir = path.join(batch, `copy${copy}`);
      fs.mkdirSync(dir);
      for (const f of domains) fs.copyFileSync(path.join(CORPUS, f), path.join(dir, f));
    }
  });

  it('without the entry, rules `check` functions become hot enough for TurboFan (the control)', () => {
    const control = path.join(tempDir(), 'control.mjs');
    fs.writeFileSync(control, `const { main } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'src', 'cli.js'))});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
    const names = turbofanned([control], batch);
    expect(names.filter((n) => n === 'check').length).to.be.greaterThan(0);
  });

  for (const [what, entry] of [
    ['bin/virtlint.js', CLI],
    ['prebuilt/virtlint.js', path.join(REPO_ROOT, 'prebuilt', 'virtlint.js')],
  ] as const) {
    it(`${what} optimises the pipeline but no rule's check`, () => {
      const names = turbofanned([entry], batch);
      expect(names.filter((n) => n === 'check')).to.deep.equal([]);
      // The filter names one function: the scanner and the grammar's steps are optimised as before.
      expect(names).to.include.members(['startTag', 'startElement']);
    });
  }
});
