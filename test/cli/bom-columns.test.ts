/**
 * A UTF-8 byte-order mark is not a column. Editors do not show it (VS Code and Neovim drop it from
 * the text), GitHub annotates the lines as an editor shows them, and ESLint counts columns after it:
 * a finding on the first line of a file saved with a mark was reported one column to the right in
 * every format (1:21 for what an editor shows at 1:20), and the code frame's carets sat under the
 * wrong characters. The file's offsets still count it: --fix keeps the mark.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli.js';
import { tempDir } from './tmp.js';

const BOM = '\uFEFF';
// An unknown attribute on line 1 (where the mark is) and one on line 2, an element on line 1 too.
const DOC = `<domain type="kvm" bogus="1"><name>x</name><memory>1</memory>\n  <vcpu also="2">1</vcpu><os><type>hvm</type></os></domain>\n`;

describe('a byte-order mark is not a column', () => {
  const dir = tempDir();
  const plain = path.join(dir, 'plain.xml');
  const marked = path.join(dir, 'marked.xml');
  fs.writeFileSync(plain, DOC);
  fs.writeFileSync(marked, BOM + DOC);

  const positions = (json: string, file: string) =>
    (JSON.parse(json) as { filePath: string; messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] }[])
      .find((r) => r.filePath === file)!
      .messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);

  it('json: the marked file has the plain file’s lines and columns, the first line’s included', async () => {
    const r = await runCli(['--format', 'json', '--no-probe', plain, marked]);
    const p = positions(r.stdout, plain);
    expect(p).to.include('schema/unknown-attribute@1:20-1:25');
    expect(positions(r.stdout, marked)).to.deep.equal(p);
  });

  it('sarif and github: the same regions and annotations', async () => {
    const regions = async (file: string) => {
      const r = await runCli(['--format', 'sarif', '--no-probe', file]);
      return (JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { region: unknown } }[] }[] }[] }).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.region);
    };
    expect(await regions(marked)).to.deep.equal(await regions(plain));
    const annotations = async (file: string) => (await runCli(['--format', 'github', '--no-probe', file])).stdout.split('\n').filter((l) => l.startsWith('::')).map((l) => l.replace(/file=[^,]*,/, ''));
    const a = await annotations(plain);
    expect(a.some((l) => l.includes('line=1,') && l.includes('col=20,'))).to.equal(true);
    expect(await annotations(marked)).to.deep.equal(a);
  });

  it('stylish: the code frame’s carets under the same characters, the mark not printed, on short and long first lines', async () => {
    const frame = async (file: string) => (await runCli(['--format', 'stylish', '--no-probe', '--no-color', file])).stdout.split('\n').filter((l) => /^\s+(\d+ \||\s+\|)/.test(l));
    const f = await frame(plain);
    expect(f.join('\n')).to.include('^^^^^');
    expect(await frame(marked)).to.deep.equal(f);
    // A first line longer than the frame's 120 columns is shown through a window around the range.
    const long = DOC.replace('<name>x</name>', `<name>${'x'.repeat(150)}</name>`).replace('bogus="1"', '').replace('</memory>', '</memory><bogus/>');
    fs.writeFileSync(plain, long);
    fs.writeFileSync(marked, BOM + long);
    const g = await frame(plain);
    expect(g.join('\n')).to.include('…');
    expect(await frame(marked)).to.deep.equal(g);
  });

  it('--fix keeps the mark (offsets still count it)', async () => {
    const fixable = path.join(dir, 'fixable.xml');
    // The ioeventfd seed: a fix removes the attribute on a non-virtio disk bus.
    fs.writeFileSync(fixable, `${BOM}<domain type="kvm"><name>x</name><memory>1</memory><os><type>hvm</type></os><devices><disk type="file" device="disk"><driver name="qemu" ioeventfd="on"/><source file="/x.img"/><target dev="hda" bus="ide"/></disk></devices></domain>\n`);
    await runCli(['--fix', '--no-probe', fixable]);
    const after = fs.readFileSync(fixable, 'utf8');
    expect(after.startsWith(BOM)).to.equal(true);
    expect(after).to.not.include('ioeventfd');
  });
});
