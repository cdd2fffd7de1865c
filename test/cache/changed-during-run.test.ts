import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintFiles } from '../../src/lint-files.js';
import { INVALID_DOMAIN, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * The result cache keys a file by the bytes read before the run lints anything, and the lint reads
 * the file again. A file that changes in between must not have the later bytes' result stored
 * under the earlier bytes' key: when the file went back to those bytes, the next run would serve
 * findings of other content (here: no errors for a document that has them).
 */
describe('result cache: a file that changes during the run', function () {
  this.timeout(60000);
  let dir: string;
  const saved = process.env.XDG_CACHE_HOME;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-cache-race-'));
    process.env.XDG_CACHE_HOME = path.join(dir, '.xdg'); // the cache's secret key, not the user's
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is not cached under the key of the bytes read first, so the next run lints it again', async () => {
    const first = path.join(dir, 'a.xml');
    const changing = path.join(dir, 'b.xml');
    fs.writeFileSync(first, VALID_DOMAIN);
    fs.writeFileSync(changing, INVALID_DOMAIN);
    const cache = { location: path.join(dir, '.virtlintcache') };
    const errors = (r: { diagnostics: readonly { severity: string }[] }): number => r.diagnostics.filter((d) => d.severity === 'error').length;

    // Both keys are read before the first lint; b.xml is rewritten while a.xml's result comes in.
    const run = await lintFiles([first, changing], {
      concurrency: 1,
      cache,
      onResult: (r) => {
        if (r.filePath === first) fs.writeFileSync(changing, VALID_DOMAIN);
      },
    });
    expect(errors(run[1]!), 'the lint read the new, valid bytes').to.equal(0);

    // b.xml goes back to the bytes its key was made from: its errors must be reported, not a stored "clean".
    fs.writeFileSync(changing, INVALID_DOMAIN);
    const again = await lintFiles([first, changing], { concurrency: 1, cache });
    expect(errors(again[1]!)).to.be.greaterThan(0);
  });
});
