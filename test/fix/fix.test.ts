import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { chooseFixes, fixText } from '../../src/linter/fix-loop.js';
import { encodeText, writeFileAtomically } from '../../src/fix/write.js';
import { lintText } from '../../src/linter/lint.js';
import { FileJob } from '../../src/workers/file-job.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../cli/tmp.js';
import { REPO_ROOT } from '../helpers/paths.js';

const NIC = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/nic-fixable.xml'), 'utf8');

/**
 * Checks that `after` is `before` with exactly these spans removed (each occurring once), so every
 * other byte is unchanged.
 */
function expectOnlyRemoved(before: string, after: string, spans: readonly string[]): void {
  let expected = before;
  for (const span of spans) {
    expect(before.split(span).length - 1, `'${span}' occurs once`).to.equal(1);
    expected = expected.replace(span, '');
  }
  expect(after).to.equal(expected);
  expect(before.length - after.length).to.equal(spans.reduce((n, s) => n + s.length, 0));
}

describe('fixes', () => {
  it('remove only the fixed bytes and keep every other byte (quotes, spacing, comments)', async () => {
    const first = await lintText(NIC);
    const fixed = await fixText(NIC, first, (t) => lintText(t));
    expect(fixed.applied).to.equal(2);
    expectOnlyRemoved(NIC, fixed.output, ['   ioeventfd="on"', " ioeventfd='off'"]);
    expect(fixed.output).to.contain('<!-- a comment that the fixes must keep -->');
    expect(fixed.result.diagnostics.filter((d) => d.ruleId === 'ioeventfd-requires-virtio')).to.deep.equal([]);
  });

  it('keep CRLF line endings and a UTF-8 byte-order mark', async () => {
    const crlf = `\uFEFF${NIC.replace(/\n/g, '\r\n')}`;
    const fixed = await fixText(crlf, await lintText(crlf), (t) => lintText(t));
    expect(fixed.output.startsWith('\uFEFF')).to.equal(true);
    expect(fixed.output.split('\r\n').length).to.equal(crlf.split('\r\n').length);
    expect(fixed.output).to.equal(crlf.replace('   ioeventfd="on"', '').replace(" ioeventfd='off'", ''));
  });

  it('apply non-overlapping fixes whole, skip one that overlaps', () => {
    const a = { description: 'a', edits: [{ start: 0, end: 5, text: '' }] };
    const b = { description: 'b', edits: [{ start: 3, end: 8, text: 'x' }] };
    const c = { description: 'c', edits: [{ start: 8, end: 9, text: '' }, { start: 20, end: 21, text: 'y' }] };
    expect(chooseFixes([a, b, c]).map((f) => f.description)).to.deep.equal(['a', 'c']);
  });

  it('write UTF-16 files back in UTF-16 with their byte-order mark', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'vm.xml');
    const bytes = encodeText(NIC, 'utf-16le');
    expect([...bytes.subarray(0, 2)]).to.deep.equal([0xff, 0xfe]);
    fs.writeFileSync(file, bytes);
    const r = await new FileJob({ fix: 'write' }).lintPath(file);
    expect(r.output).to.be.a('string');
    const written = fs.readFileSync(file);
    expect([...written.subarray(0, 2)]).to.deep.equal([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(written.subarray(2))).to.equal(r.output);
  });
});

describe('writing fixed files', () => {
  const setup = (): { file: string; snap: { text: string; mtimeMs: number; size: number } } => {
    const dir = tempDir();
    const file = path.join(dir, 'vm.xml');
    fs.writeFileSync(file, NIC, { mode: 0o640 });
    const st = fs.statSync(file);
    return { file, snap: { text: NIC, mtimeMs: st.mtimeMs, size: st.size } };
  };

  it('replaces the file atomically and keeps its mode; no temporary file is left', () => {
    const { file, snap } = setup();
    const out = writeFileAtomically(file, 'NEW', 'utf-8', snap);
    expect(out).to.deep.equal({ ok: true });
    expect(fs.readFileSync(file, 'utf8')).to.equal('NEW');
    expect(fs.statSync(file).mode & 0o777).to.equal(0o640);
    expect(fs.readdirSync(path.dirname(file))).to.deep.equal(['vm.xml']);
  });

  it('writes through a symbolic link to its target, keeping the link', () => {
    const { file, snap } = setup();
    const link = path.join(path.dirname(file), 'link.xml');
    fs.symlinkSync('vm.xml', link);
    expect(writeFileAtomically(link, 'NEW', 'utf-8', snap)).to.deep.equal({ ok: true });
    expect(fs.lstatSync(link).isSymbolicLink()).to.equal(true);
    expect(fs.readFileSync(file, 'utf8')).to.equal('NEW');
  });

  it('refuses when the file vanished, and does not create it', () => {
    const { file, snap } = setup();
    fs.unlinkSync(file);
    expect(writeFileAtomically(file, 'NEW', 'utf-8', snap)).to.deep.equal({ ok: false, reason: 'the file no longer exists' });
    expect(fs.existsSync(file)).to.equal(false);
    expect(fs.readdirSync(path.dirname(file))).to.deep.equal([]);
  });

  it('refuses a read-only file and leaves it intact', () => {
    const { file, snap } = setup();
    fs.chmodSync(file, 0o444);
    expect(writeFileAtomically(file, 'NEW', 'utf-8', { ...snap, mtimeMs: fs.statSync(file).mtimeMs })).to.deep.equal({ ok: false, reason: 'the file is read-only' });
    expect(fs.readFileSync(file, 'utf8')).to.equal(NIC);
  });

  it('refuses when the content changed since it was read', () => {
    const { file, snap } = setup();
    fs.writeFileSync(file, NIC.replace('nic', 'NIC')); // same size, new content
    fs.utimesSync(file, new Date(), new Date(snap.mtimeMs)); // even with the old mtime
    expect(writeFileAtomically(file, 'NEW', 'utf-8', { ...snap, mtimeMs: fs.statSync(file).mtimeMs })).to.deep.equal({
      ok: false,
      reason: 'the file changed on disk since it was read',
    });
    expect(fs.readFileSync(file, 'utf8')).to.equal(NIC.replace('nic', 'NIC'));
  });

  it('refuses when the file changes between writing the temporary file and the rename; the other writer’s content survives', () => {
    const { file, snap } = setup();
    const theirs = `${NIC}<!-- edited meanwhile -->\n`;
    const out = writeFileAtomically(file, 'NEW', 'utf-8', snap, {
      beforeRename: (temp) => {
        expect(fs.readFileSync(temp, 'utf8')).to.equal('NEW');
        fs.writeFileSync(file, theirs);
      },
    });
    expect(out).to.deep.equal({ ok: false, reason: 'the file changed on disk since it was read' });
    expect(fs.readFileSync(file, 'utf8')).to.equal(theirs);
    expect(fs.readdirSync(path.dirname(file))).to.deep.equal(['vm.xml']);
  });

  it('when the file vanishes between temporary file and rename, nothing is created', () => {
    const { file, snap } = setup();
    const out = writeFileAtomically(file, 'NEW', 'utf-8', snap, { beforeRename: () => fs.unlinkSync(file) });
    expect(out).to.deep.equal({ ok: false, reason: 'the file no longer exists' });
    expect(fs.readdirSync(path.dirname(file))).to.deep.equal([]);
  });
});

describe('--fix and --fix-dry-run', () => {
  it('--fix rewrites the file and reports what remains; exit code from the remaining problems', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'vm.xml'), NIC);
    const r = await runCli(['--fix', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(r.code).to.equal(0);
    const [res] = JSON.parse(r.stdout);
    expect(res.messages.filter((m: { ruleId: string }) => m.ruleId === 'ioeventfd-requires-virtio')).to.deep.equal([]);
    expect(fs.readFileSync(path.join(dir, 'vm.xml'), 'utf8')).to.equal(res.output);
    expectOnlyRemoved(NIC, res.output, ['   ioeventfd="on"', " ioeventfd='off'"]);
  });

  it('--fix-dry-run prints the fixed text in json `output` and writes nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'vm.xml');
    fs.writeFileSync(file, NIC);
    const before = fs.statSync(file).mtimeMs;
    const r = await runCli(['--fix-dry-run', '-f', 'json', 'vm.xml'], { cwd: dir });
    const [res] = JSON.parse(r.stdout);
    expect(res.output).to.equal(NIC.replace('   ioeventfd="on"', '').replace(" ioeventfd='off'", ''));
    expect(fs.readFileSync(file, 'utf8')).to.equal(NIC);
    expect(fs.statSync(file).mtimeMs).to.equal(before);
  });

  it('standard input is never written: --fix there behaves as a dry run', async () => {
    const r = await runCli(['--fix', '-f', 'json', '-', '--stdin-filename', 'vm.xml'], { stdin: NIC, cwd: tempDir() });
    expect(JSON.parse(r.stdout)[0].output).to.not.contain('ioeventfd');
  });

  it('a file that is not fixable is left byte-identical (not even rewritten)', async () => {
    const dir = tempDir();
    // Two disks on one target: an error no fix can settle (which disk should move is the user's call).
    const src = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/duplicate-target.xml'));
    fs.writeFileSync(path.join(dir, 'vm.xml'), src);
    const ino = fs.statSync(path.join(dir, 'vm.xml')).ino;
    const r = await runCli(['--fix', 'vm.xml'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(fs.readFileSync(path.join(dir, 'vm.xml')).equals(src)).to.equal(true);
    expect(fs.statSync(path.join(dir, 'vm.xml')).ino).to.equal(ino);
  });

  it('--fix on a read-only file reports io/fix-not-written and leaves the file alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'vm.xml');
    fs.writeFileSync(file, NIC, { mode: 0o444 });
    const r = await runCli(['--fix', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(r.code).to.equal(1);
    const [res] = JSON.parse(r.stdout);
    expect(res.messages[0].ruleId).to.equal('io/fix-not-written');
    expect(res.messages[0].message).to.contain('the file is read-only');
    expect(fs.readFileSync(file, 'utf8')).to.equal(NIC);
  });

  it('--fix and --fix-dry-run together are a usage error', async () => {
    const r = await runCli(['--fix', '--fix-dry-run', 'x.xml'], { cwd: tempDir() });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.contain('cannot be combined');
  });
});
