/**
 * io/fix-not-written says why a fixed file was not written, and advises running --fix again only
 * where that can succeed (the file changed while it was being fixed), not for a symbolic link or a
 * read-only file, which stay as they are however often --fix runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { CHANGED_ON_DISK } from '../../src/fix/write.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../cli/tmp.js';
import { EXAMPLES } from '../helpers/paths.js';

const IDE = fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8');

async function notWritten(dir: string, name: string): Promise<string> {
  const run = await runCli(['--no-probe', '--no-config', '--fix', '-f', 'json', name], { cwd: dir });
  expect(run.code, run.stderr).to.equal(1);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  const message = result!.messages.find((m) => m.ruleId === 'io/fix-not-written')?.message;
  expect(message, 'an io/fix-not-written finding').to.be.a('string');
  return message!;
}

describe('io/fix-not-written: the advice fits the reason', () => {
  it('a symbolic link: why, and no "run virtlint --fix again" (it would be refused again)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'real.xml'), IDE);
    fs.symlinkSync('real.xml', path.join(dir, 'link.xml'));
    const message = await notWritten(dir, 'link.xml');
    expect(message).to.equal('Fixes were not written: it is a symbolic link, and --fix never writes through one. The file was left untouched');
    expect(fs.readFileSync(path.join(dir, 'real.xml'), 'utf8')).to.equal(IDE);
  });

  it('a read-only file: why, and no "run virtlint --fix again"', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ro.xml'), IDE, { mode: 0o444 });
    const message = await notWritten(dir, 'ro.xml');
    expect(message).to.equal('Fixes were not written: the file is read-only. The file was left untouched');
  });

  it('the reason that does call for another run is the one the writer gives for a file changed meanwhile', () => {
    expect(CHANGED_ON_DISK).to.equal('the file changed on disk since it was read');
  });
});
