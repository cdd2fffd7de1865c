import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { checkTargets, TARGET_RULE_ID } from '../../src/targets/check.js';
import { domainGrammarItems } from '../../src/targets/grammar-items.js';
import { compareVersions, parseTarget, parseTargets } from '../../src/targets/target.js';
import { bundledVersionTable, NAMESPACE_PREFIXES, splitKey } from '../../src/targets/version-table.js';
import type { Diagnostic } from '../../src/types.js';
import { parseXml } from '../../src/xml/parse.js';
import type { XmlElement } from '../../src/xml/tree.js';
import { EXAMPLES } from '../helpers/paths.js';

const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
const targetFindings = (diags: readonly Diagnostic[]): Diagnostic[] => diags.filter((d) => d.ruleId === TARGET_RULE_ID);

/** The release just before `v` (0.9.3 → 0.9.2, 1.0.0 → 0.99.99): the boundary's other side. */
function previous(v: string): string {
  const p = v.split('.').map(Number);
  while (p.length < 3) p.push(0);
  const [x, y, z] = p as [number, number, number];
  if (z > 0) return `${x}.${y}.${z - 1}`;
  if (y > 0) return `${x}.${y - 1}.99`;
  return `${x - 1}.99.99`;
}

const PREFIX_NS = Object.fromEntries(Object.entries(NAMESPACE_PREFIXES).map(([ns, p]) => [p, ns]));

/** A minimal document using exactly the item of `key` (its ancestors, then the attribute and value). */
function documentFor(key: string): string {
  const { steps, tail } = splitKey(key);
  const attr = tail.startsWith('/@') ? tail.slice(2).split('=')[0] : undefined;
  const value = tail.includes('=') ? tail.slice(tail.indexOf('=') + 1) : undefined;
  const decls = [...new Set(steps.filter((s) => s.includes(':')).map((s) => s.split(':')[0] as string))]
    .filter((p) => p !== 'xml')
    .map((p) => ` xmlns:${p}='${PREFIX_NS[p]}'`)
    .join('');
  let inner = '';
  for (let i = steps.length - 1; i >= 0; i--) {
    const name = steps[i] as string;
    const last = i === steps.length - 1;
    const attrs = (last && attr ? ` ${attr}='${value ?? 'x'}'` : '') + (i === 0 ? decls : '');
    const text = last && !attr && value !== undefined ? value : '';
    inner = `<${name}${attrs}>${text}${inner}</${name}>`;
  }
  return inner;
}

/** The element at the end of the key's steps in a document made by documentFor. */
function deepest(root: XmlElement): XmlElement {
  let cur = root;
  while (cur.children[0]) cur = cur.children[0];
  return cur;
}

describe('targets: requires-newer-libvirt', () => {
  it('the seed case: libvirt@0.9.2 flags <driver ioeventfd> at the attribute, 0.9.3 does not', async () => {
    const old = await lintText(SEED, { targets: parseTargets('libvirt@0.9.2') });
    const found = targetFindings(old.diagnostics);
    const diskDriver = found.find((d) => d.message.includes('ioeventfd') && SEED.slice(d.range.start.offset, d.range.end.offset) === "ioeventfd='on'");
    expect(diskDriver, JSON.stringify(found, null, 1)).to.not.equal(undefined);
    expect(diskDriver?.message).to.equal('`<driver ioeventfd>` needs libvirt ≥ 0.9.3; the target is 0.9.2');
    expect(diskDriver?.severity).to.equal('error');
    const now = await lintText(SEED, { targets: parseTargets('libvirt@0.9.3') });
    expect(targetFindings(now.diagnostics).filter((d) => d.message.includes('ioeventfd'))).to.deep.equal([]);
  });

  it('without a target, or with the id turned off, nothing is reported; warn lowers the severity', async () => {
    expect(targetFindings((await lintText(SEED)).diagnostics)).to.deep.equal([]);
    const off = await lintText(SEED, { targets: parseTargets('libvirt@0.1.0'), rules: { [TARGET_RULE_ID]: 'off' } });
    expect(targetFindings(off.diagnostics)).to.deep.equal([]);
    const warn = await lintText(SEED, { targets: parseTargets('libvirt@0.9.2'), rules: { [TARGET_RULE_ID]: 'warn' } });
    expect(targetFindings(warn.diagnostics).map((d) => d.severity)).to.include('warning').and.not.include('error');
  });

  it('an inline disable comment silences it like a rule (and is not an unknown rule)', async () => {
    const text = SEED.replace("<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<!-- virtlint-disable-next-line requires-newer-libvirt -->\n      <driver name='qemu' type='qcow2' ioeventfd='on'/>");
    const r = await lintText(text, { targets: parseTargets('libvirt@0.9.2') });
    expect(r.diagnostics.filter((d) => d.message.includes("ioeventfd='on'") || d.ruleId === 'virtlint/unused-disable')).to.deep.equal([]);
    expect(targetFindings(r.diagnostics).some((d) => text.slice(d.range.start.offset, d.range.end.offset) === "ioeventfd='on'")).to.equal(false);
  });

  it('an element too new is reported once, at its name, not again for its attributes and children', () => {
    const doc = parseXml("<domain><devices><tpm model='tpm-crb'><backend type='emulator' version='2.0'><encryption secret='x'/></backend></tpm></devices></domain>");
    if (!doc.ok) throw new Error('parse');
    const d = checkTargets(doc.document.root, parseTargets('libvirt@1.0.0'), bundledVersionTable(), 'error');
    expect(d.map((x) => x.message)).to.deep.equal(['`<tpm>` needs libvirt ≥ 1.0.5; the target is 1.0.0']);
    const later = checkTargets(doc.document.root, parseTargets('libvirt@4.4.0'), bundledVersionTable(), 'error');
    expect(later.map((x) => x.message)).to.deep.equal([
      "`<backend type='emulator'>` needs libvirt ≥ 4.5.0; the target is 4.4.0",
      '`<backend version>` needs libvirt ≥ 4.5.0; the target is 4.4.0',
      '`<encryption>` needs libvirt ≥ 5.6.0; the target is 4.4.0',
    ]);
  });

  it('a value is reported at the value; a QEMU target checks the QEMU version libvirt names', () => {
    const text = "<domain><devices><disk><driver io='io_uring'/></disk></devices></domain>";
    const doc = parseXml(text);
    if (!doc.ok) throw new Error('parse');
    const [v] = checkTargets(doc.document.root, parseTargets('libvirt@6.2.0'), bundledVersionTable(), 'error');
    expect(v?.message).to.equal("`<driver io='io_uring'>` needs libvirt ≥ 6.3.0; the target is 6.2.0");
    expect(text.slice(v!.range.start.offset, v!.range.end.offset)).to.equal('io_uring');
    const q = checkTargets(doc.document.root, parseTargets(['libvirt@8.0.0', 'qemu@4.2']), bundledVersionTable(), 'error');
    expect(q.map((x) => x.message)).to.deep.equal(["`<driver io='io_uring'>` needs QEMU ≥ 5.0; the target is QEMU 4.2"]);
    expect(checkTargets(doc.document.root, parseTargets(['libvirt@8.0.0', 'qemu@5.0']), bundledVersionTable(), 'error')).to.deep.equal([]);
  });

  it('luks-any on an RBD disk: in the grammar, libvirt 9.3.0 with QEMU 8.0, at <source> and directly in <disk>', async () => {
    const rbd = (placement: 'source' | 'disk'): string => {
      const enc = "<encryption format='luks-any' engine='librbd'><secret type='passphrase' usage='rbd-luks'/></encryption>";
      return `<domain type='kvm'><name>t</name><memory>1048576</memory><os><type arch='x86_64' machine='q35'>hvm</type></os><devices><disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='rbd' name='pool/image'><host name='mon.example.org' port='6789'/>${placement === 'source' ? enc : ''}</source><target dev='vda' bus='virtio'/>${placement === 'disk' ? enc : ''}</disk></devices></domain>`;
    };
    for (const placement of ['source', 'disk'] as const) {
      const text = rbd(placement);
      const none = await lintText(text, { targets: parseTargets(['libvirt@9.3.0', 'qemu@8.0']) });
      expect(none.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId === TARGET_RULE_ID), placement).to.deep.equal([]);
      const old = await lintText(text, { targets: parseTargets(['libvirt@9.2.0', 'qemu@7.2']) });
      const found = old.diagnostics.filter((d) => d.ruleId === TARGET_RULE_ID);
      expect(found.map((d) => d.message), placement).to.deep.equal(["`<encryption format='luks-any'>` needs libvirt ≥ 9.3.0 and QEMU ≥ 8.0; the target is libvirt 9.2.0 and QEMU 7.2"]);
      expect(text.slice(found[0]!.range.start.offset, found[0]!.range.end.offset)).to.equal('luks-any');
    }
  });

  it('every table entry: fine at its version, flagged at the release before (a generated document per item)', () => {
    const table = bundledVersionTable();
    const items = domainGrammarItems();
    // Each entry's own key, and for a shared (*) entry every concrete key it stands for.
    const keys = new Set<string>();
    for (const f of table.files) {
      for (const [key, entry] of Object.entries(f.items)) {
        const concrete = key.split('/').includes('*') ? items.map((i) => i.key).filter((k) => table.entry(k)?.key === key) : [key];
        for (const k of concrete) {
          keys.add(k);
          if (!splitKey(k).tail.includes('=')) for (const v of entry.values ?? []) keys.add(`${k}=${v}`);
        }
      }
    }
    expect(keys.size).to.be.greaterThan(200);
    const problems: string[] = [];
    for (const key of keys) {
      const entry = table.entry(key);
      if (!entry) {
        problems.push(`${key}: no entry`);
        continue;
      }
      if (!entry.since) continue; // a description only: no release to check
      const parsed = parseXml(documentFor(key));
      if (!parsed.ok) {
        problems.push(`${key}: ${parsed.diagnostic.message}`);
        continue;
      }
      const el = deepest(parsed.document.root);
      const { tail } = splitKey(key);
      const at = tail.startsWith('/@') ? el.attributes[0] : undefined;
      // The item's own range: a value's, an attribute's, or the element's name.
      const range = tail.includes('=') ? (at ? at.range : el.contentRange) : at ? at.attributeRange : el.nameRange;
      const here = (d: { range: { start: { offset: number } } }) => d.range.start.offset === range.start.offset;
      // A generated document leaves attributes out: a shape (shapes.json) may note that, as
      // "`<route>` without `address`", at the same name; it is not the item's finding.
      const atVersion = checkTargets(parsed.document.root, [parseTarget(`libvirt@${entry.since}`)], table, 'error').filter((d) => !/^`<[^>]+>` without `/.test(d.message));
      if (atVersion.some(here)) problems.push(`${key}: flagged at its own version ${entry.since}`);
      const before = previous(entry.since);
      const flagged = checkTargets(parsed.document.root, [parseTarget(`libvirt@${before}`)], table, 'error');
      // Reported at the item, unless an enclosing item is newer still (then only that one is).
      const enclosingNewer = flagged.some((d) => d.range.start.offset < range.start.offset);
      if (!flagged.some(here) && !enclosingNewer) problems.push(`${key}: not flagged at ${before}`);
      if (enclosingNewer && flagged.some(here)) problems.push(`${key}: reported under an element already reported`);
    }
    expect(problems.slice(0, 30)).to.deep.equal([]);
    // Sanity of the helper: versions order as releases do.
    expect(compareVersions([0, 9, 2], [0, 9, 3])).to.be.lessThan(0);
  });
});
