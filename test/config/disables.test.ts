import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { parseDirectives } from '../../src/linter/disables.js';
import { lintText } from '../../src/linter/lint.js';
import { parseXml } from '../../src/xml/parse.js';
import { REPO_ROOT } from '../helpers/paths.js';

const IDE = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/ide-ioeventfd.xml'), 'utf8');
const DRIVER = "      <driver name='qemu' type='qcow2' ioeventfd='on'/>";

/** The IDE-disk domain with a comment inserted before the offending <driver> line. */
const withBefore = (comment: string): string => IDE.replace(DRIVER, `      ${comment}\n${DRIVER}`);
const ids = async (text: string): Promise<string[]> => (await lintText(text)).diagnostics.map((d) => d.ruleId);

describe('inline disable comments', () => {
  it('the fixture reports ioeventfd-requires-virtio without comments', async () => {
    expect(await ids(IDE)).to.deep.equal(['ioeventfd-requires-virtio']);
  });

  it('virtlint-disable-next-line <id> suppresses that rule on the next line only', async () => {
    expect(await ids(withBefore('<!-- virtlint-disable-next-line ioeventfd-requires-virtio -->'))).to.deep.equal([]);
    // Two lines above: not the next line, so the finding stays and the comment is unused.
    const far = IDE.replace(DRIVER, `      <!-- virtlint-disable-next-line ioeventfd-requires-virtio -->\n\n${DRIVER}`);
    expect(await ids(far)).to.deep.equal(['virtlint/unused-disable', 'ioeventfd-requires-virtio']);
  });

  it('accepts a reason after a colon, several ids separated by commas, and no id (all rules)', async () => {
    expect(await ids(withBefore('<!-- virtlint-disable-next-line ioeventfd-requires-virtio: legacy guest -->'))).to.deep.equal([]);
    const two = await lintText(withBefore('<!-- virtlint-disable-next-line graphics-port-range, ioeventfd-requires-virtio -->'));
    // ioeventfd was used; graphics-port-range was not: reported by name.
    expect(two.diagnostics.map((d) => [d.ruleId, d.message])).to.deep.equal([
      ['virtlint/unused-disable', "Unused virtlint-disable-next-line comment: 'graphics-port-range' reported no problem here"],
    ]);
    expect(await ids(withBefore('<!-- virtlint-disable-next-line -->'))).to.deep.equal([]);
  });

  it('virtlint-disable … virtlint-enable covers a block and ends at enable', async () => {
    const block = IDE.replace('  <devices>', '  <!-- virtlint-disable ioeventfd-requires-virtio -->\n  <devices>').replace('</devices>', '</devices>\n  <!-- virtlint-enable ioeventfd-requires-virtio -->');
    expect(await ids(block)).to.deep.equal([]);
    const endedBefore = IDE.replace('  <devices>', '  <!-- virtlint-disable ioeventfd-requires-virtio -->\n  <!-- virtlint-enable ioeventfd-requires-virtio -->\n  <devices>');
    expect(await ids(endedBefore)).to.deep.equal(['virtlint/unused-disable', 'ioeventfd-requires-virtio']);
  });

  it('a disable of all rules can be re-enabled for one rule', async () => {
    const text = IDE.replace('  <devices>', '  <!-- virtlint-disable -->\n  <!-- virtlint-enable ioeventfd-requires-virtio -->\n  <devices>');
    expect(await ids(text)).to.deep.equal(['virtlint/unused-disable', 'ioeventfd-requires-virtio']);
  });

  it('virtlint-disable-file applies to the whole document', async () => {
    expect(await ids(`<!-- virtlint-disable-file ioeventfd-requires-virtio -->\n${IDE}`)).to.deep.equal([]);
  });

  it('disable-line works on the same line', async () => {
    expect(await ids(IDE.replace(DRIVER, `${DRIVER}<!-- virtlint-disable-line ioeventfd-requires-virtio -->`))).to.deep.equal([]);
  });

  it('a comment naming an unknown rule is reported, with the id', async () => {
    const r = await lintText(withBefore('<!-- virtlint-disable-next-line no-such-rule -->'));
    expect(r.diagnostics.map((d) => [d.ruleId, d.message])).to.deep.include([
      'virtlint/unused-disable',
      "virtlint comment names 'no-such-rule', which is not a virtlint rule (see virtlint --list-rules)",
    ]);
  });

  it('unused-disable reports point at the comment and follow the configured level', async () => {
    const text = withBefore('<!-- virtlint-disable-next-line graphics-port-range -->');
    const r = await lintText(text);
    const unused = r.diagnostics.find((d) => d.ruleId === 'virtlint/unused-disable');
    expect(unused?.severity).to.equal('warning');
    expect(text.slice(unused!.range.start.offset, unused!.range.end.offset)).to.equal('<!-- virtlint-disable-next-line graphics-port-range -->');
    expect((await lintText(text, { rules: { 'virtlint/unused-disable': 'error' } })).diagnostics.find((d) => d.ruleId === 'virtlint/unused-disable')?.severity).to.equal('error');
    expect((await lintText(text, { rules: { 'virtlint/unused-disable': 'off' } })).diagnostics.map((d) => d.ruleId)).to.deep.equal(['ioeventfd-requires-virtio']);
  });

  it('schema findings can be disabled too', async () => {
    const bad = IDE.replace("<vcpu>1</vcpu>", "<vcpu bogus='1'>1</vcpu>");
    const before = (await lintText(bad)).diagnostics.filter((d) => d.ruleId.startsWith('schema/'));
    expect(before.length).to.be.greaterThan(0);
    const id = before[0]!.ruleId;
    const disabled = bad.replace("  <vcpu bogus='1'>", `  <!-- virtlint-disable-next-line ${id} -->\n  <vcpu bogus='1'>`);
    expect((await lintText(disabled)).diagnostics.filter((d) => d.ruleId === id)).to.deep.equal([]);
  });

  it('parses directives and ignores ordinary comments', () => {
    const parsed = parseXml('<domain><!-- virtlint-disable a, b: why not --><!-- just a note --><!--virtlint-enable--></domain>');
    if (!parsed.ok) throw new Error('parse failed');
    const ds = parseDirectives(parsed.document.comments);
    expect(ds.map((d) => [d.kind, d.ruleIds, d.reason])).to.deep.equal([
      ['disable', ['a', 'b'], 'why not'],
      ['enable', [], undefined],
    ]);
    // "virtlint-disabled" is not a directive (word boundary).
    const other = parseXml('<domain><!-- virtlint-disabled x --></domain>');
    if (!other.ok) throw new Error('parse failed');
    expect(parseDirectives(other.document.comments)).to.deep.equal([]);
  });
});
