import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { applyEdits } from '../../src/fix.js';
import { lintText } from '../../src/linter/lint.js';
import { disableNextLineEdit, fixAllEdits } from '../../src/lsp/code-actions.js';
import type { Diagnostic } from '../../src/types.js';
import { EXAMPLES } from '../helpers/paths.js';

const NIC_E1000 = fs.readFileSync(path.join(EXAMPLES, 'nic-e1000-ioeventfd.xml'), 'utf8');
const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
const IDE_DISK = SEED.replace("<target dev='vda' bus='virtio'/>", "<target dev='hda' bus='ide'/>").replace(
  "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>\n    </disk>",
  '</disk>',
);

async function findings(text: string, ruleId: string): Promise<Diagnostic[]> {
  return (await lintText(text)).diagnostics.filter((d) => d.ruleId === ruleId);
}

describe('lsp: code actions on real documents', () => {
  it('the disable comment silences exactly the finding it was made for, and is not reported unused', async () => {
    const [d] = await findings(IDE_DISK, 'ioeventfd-requires-virtio');
    const edit = disableNextLineEdit(IDE_DISK, d!);
    expect(edit).to.deep.include({ text: '      <!-- virtlint-disable-next-line ioeventfd-requires-virtio -->\n' });
    const { text } = applyEdits(IDE_DISK, [edit!]);
    const after = await lintText(text);
    expect(after.diagnostics.filter((x) => x.ruleId === 'ioeventfd-requires-virtio' || x.ruleId === 'virtlint/unused-disable')).to.deep.equal([]);
    // Everything else is reported as before, one line further down from the comment on.
    const inserted = d!.range.start.line;
    const before = (await lintText(IDE_DISK)).diagnostics.filter((x) => x.ruleId !== 'ioeventfd-requires-virtio');
    expect(after.diagnostics.map((x) => [x.ruleId, x.range.start.line])).to.deep.equal(
      before.map((x) => [x.ruleId, x.range.start.line >= inserted ? x.range.start.line + 1 : x.range.start.line]),
    );
  });

  it('adds a second rule to a disable comment already on the line above', async () => {
    // Two rules report on the e1000 interface's <driver> line.
    const line = NIC_E1000.split('\n').findIndex((l) => l.includes("ioeventfd='off'")) + 1;
    const onLine = (await lintText(NIC_E1000)).diagnostics.filter((d) => d.range.start.line === line);
    expect(onLine.length, onLine.map((d) => d.ruleId).join()).to.be.greaterThan(1);
    let text = NIC_E1000;
    for (const ruleId of onLine.map((d) => d.ruleId)) {
      const [d] = (await lintText(text)).diagnostics.filter((x) => x.ruleId === ruleId);
      text = applyEdits(text, [disableNextLineEdit(text, d!)!]).text;
    }
    const lines = text.split('\n');
    expect(lines[line - 1]).to.equal(`      <!-- virtlint-disable-next-line ${onLine.map((d) => d.ruleId).join(', ')} -->`);
    expect(lines.length).to.equal(NIC_E1000.split('\n').length + 1);
    const after = await lintText(text);
    expect(after.diagnostics.filter((d) => d.range.start.line === line + 1 || d.ruleId === 'virtlint/unused-disable')).to.deep.equal([]);
  });

  it('is not offered for an attribute on a continuation line of a start tag (a comment cannot go inside a tag)', async () => {
    const wrapped = IDE_DISK.replace("<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<driver name='qemu' type='qcow2'\n              ioeventfd='on'/>");
    const [d] = await findings(wrapped, 'ioeventfd-requires-virtio');
    expect(d!.range.start.column).to.equal(15);
    expect(disableNextLineEdit(wrapped, d!)).to.equal(undefined);
  });

  it('keeps CRLF line ends, and is not offered for parse errors', async () => {
    const crlf = IDE_DISK.replace(/\n/g, '\r\n');
    const [d] = await findings(crlf, 'ioeventfd-requires-virtio');
    const edit = disableNextLineEdit(crlf, d!);
    expect(edit!.text.endsWith('-->\r\n')).to.equal(true);
    const after = await lintText(applyEdits(crlf, [edit!]).text);
    expect(after.diagnostics.filter((x) => x.ruleId === 'ioeventfd-requires-virtio')).to.deep.equal([]);
    const broken = (await lintText('<domain><devices>')).diagnostics[0]!;
    expect(broken.ruleId).to.equal('xml/not-well-formed');
    expect(disableNextLineEdit('<domain><devices>', broken)).to.equal(undefined);
  });

  it('fix-all takes every fix whose edits do not overlap one taken before', () => {
    const at = { line: 1, column: 1, offset: 0 };
    const d = (start: number, end: number, text: string): Diagnostic => ({
      ruleId: 'r',
      severity: 'warning',
      message: 'm',
      range: { start: at, end: at },
      fix: { description: 'f', edits: [{ start, end, text }] },
    });
    const edits = fixAllEdits([d(10, 12, 'b'), d(0, 2, 'a'), d(11, 13, 'clash'), d(20, 20, 'c')]);
    expect(edits).to.deep.equal([
      { start: 0, end: 2, text: 'a' },
      { start: 10, end: 12, text: 'b' },
      { start: 20, end: 20, text: 'c' },
    ]);
  });
});
