import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TempBeside, tempNameBeside } from '../../src/temp-beside.js';

/** The one helper behind --fix's, the report's (-o) and the result cache's temporary-file writes. */
describe('TempBeside: a file written beside its target, renamed over it', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-temp-beside-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces the target with every byte written (text as UTF-8, then bytes), with the mode asked for', () => {
    const target = path.join(dir, 'report.json');
    fs.writeFileSync(target, 'old', { mode: 0o600 });
    const t = TempBeside.create(target, tempNameBeside, 0o666);
    expect(path.dirname(t.path)).to.equal(dir);
    expect(path.basename(t.path)).to.match(new RegExp(`^report\\.json\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    const big = 'é'.repeat(300000);
    t.write(big);
    t.write(Buffer.from([0x0a]));
    t.finish({ mode: 0o640, fsync: true });
    expect(fs.readFileSync(target, 'utf8')).to.equal('old');
    t.replaceTarget();
    expect(fs.readFileSync(target, 'utf8')).to.equal(`${big}\n`);
    expect(fs.statSync(target).mode & 0o7777).to.equal(0o640);
    expect(fs.readdirSync(dir)).to.deep.equal(['report.json']);
  });

  it('never opens a temporary name that exists, a symbolic link included (its target stays as it was)', () => {
    const target = path.join(dir, 'a.xml');
    const elsewhere = path.join(dir, 'elsewhere');
    fs.writeFileSync(elsewhere, 'keep');
    const planted = path.join(dir, 'planted');
    fs.symlinkSync(elsewhere, planted);
    expect(() => TempBeside.create(target, () => planted, 0o644))
      .to.throw()
      .with.property('code', 'EEXIST');
    expect(fs.readFileSync(elsewhere, 'utf8')).to.equal('keep');
    expect(fs.lstatSync(planted).isSymbolicLink()).to.equal(true);
  });

  it('discard closes and removes the temporary file, whether finished or not; the target is untouched', () => {
    const target = path.join(dir, 'vm.xml');
    fs.writeFileSync(target, 'original');
    for (const finished of [false, true]) {
      const t = TempBeside.create(target, tempNameBeside, 0o644);
      t.write('half');
      if (finished) t.finish();
      t.discard();
      expect(fs.readdirSync(dir)).to.deep.equal(['vm.xml']);
      expect(fs.readFileSync(target, 'utf8')).to.equal('original');
    }
  });
});
