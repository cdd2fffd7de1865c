import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintFiles } from '../../src/lint-files.js';
import { INVALID_DOMAIN, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * The result cache keys a file by the bytes read when the run looks it up (in short runs of files,
 * ahead of their lints: here both files before the first lint). This thread lints that very text (the file is read once); a worker thread reads the file again. A file that changes
 * in between must not have the later bytes' result stored under the earlier bytes' key: when the
 * file went back to those bytes, the next run would serve findings of other content (here: no
 * errors for a document that has them).
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

  const errors = (r: { diagnostics: readonly { severity: string }[] }): number => r.diagnostics.filter((d) => d.severity === 'error').length;

  it('in this thread, the result is of the bytes the key was made from, whatever the file became since', async () => {
    const first = path.join(dir, 'a.xml');
    const changing = path.join(dir, 'b.xml');
    fs.writeFileSync(first, VALID_DOMAIN);
    fs.writeFileSync(changing, INVALID_DOMAIN);
    const cache = { location: path.join(dir, '.virtlintcache') };

    // Both keys are read before the first lint; b.xml is rewritten while a.xml's result comes in.
    const run = await lintFiles([first, changing], {
      concurrency: 1,
      cache,
      onResult: (r) => {
        if (r.filePath === first) fs.writeFileSync(changing, VALID_DOMAIN);
      },
    });
    expect(errors(run[1]!), 'the lint used the bytes read for the key (invalid), not the new ones').to.be.greaterThan(0);
    expect(run[1]!.source).to.equal(INVALID_DOMAIN);

    // The new, valid bytes have another key: linted, not served the stored result of the old ones.
    expect(errors((await lintFiles([first, changing], { concurrency: 1, cache }))[1]!)).to.equal(0);
    // Back to the old bytes: their stored result (with its errors) is the right one.
    fs.writeFileSync(changing, INVALID_DOMAIN);
    expect(errors((await lintFiles([first, changing], { concurrency: 1, cache }))[1]!)).to.be.greaterThan(0);
  });

  it('in a worker thread, which reads the file again, is not cached under the key of the bytes read first', async () => {
    const here = path.join(dir, 'a.xml');
    const changing = path.join(dir, 'b.xml');
    const hit = path.join(dir, 'c.xml');
    fs.writeFileSync(here, VALID_DOMAIN);
    fs.writeFileSync(changing, INVALID_DOMAIN);
    fs.writeFileSync(hit, VALID_DOMAIN);
    const cache = { location: path.join(dir, '.virtlintcache') };
    await lintFiles([hit], { concurrency: 1, cache });

    // Keys are read in input order: b.xml's (invalid bytes) before c.xml's cache hit, whose result
    // rewrites b.xml before anything is linted. This thread takes a.xml, the worker b.xml.
    const run = await lintFiles([here, changing, hit], {
      concurrency: 2,
      cache,
      onResult: (r) => {
        if (r.filePath === hit) fs.writeFileSync(changing, VALID_DOMAIN);
      },
    });
    expect(errors(run[1]!), 'the worker read the new, valid bytes').to.equal(0);

    // b.xml goes back to the bytes its key was made from: its errors must be reported, not a stored "clean".
    fs.writeFileSync(changing, INVALID_DOMAIN);
    const again = await lintFiles([here, changing, hit], { concurrency: 1, cache });
    expect(errors(again[1]!)).to.be.greaterThan(0);
  });
});
