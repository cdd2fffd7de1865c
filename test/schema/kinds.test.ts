import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import type { Diagnostic } from '../../src/types.js';
import { REPO_ROOT } from '../helpers/paths.js';

const LIBVIRT = '/usr/share/libvirt/schemas';
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/grammar');

/** Rule ids that name a precise problem (invalid-content is the fallback when nothing more can be said). */
const PRECISE = new Set(['schema/unknown-attribute', 'schema/invalid-value', 'schema/missing-attribute', 'schema/missing-element', 'schema/unexpected-element', 'schema/unexpected-text']);

async function schemaDiagnostics(text: string, schemaDir: string | undefined): Promise<Diagnostic[]> {
  const r = await lintText(text, { ruleSet: [], ...(schemaDir ? { schemaDir } : {}) });
  return r.diagnostics.filter((d) => d.ruleId.startsWith('schema/'));
}

describe('schema diagnostics for every document kind (grammar fixtures)', function () {
  this.timeout(120000);
  const invalid: { kind: string; file: string }[] = [];
  for (const kind of fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES) : []) {
    for (const file of fs.readdirSync(path.join(FIXTURES, kind))) if (file.startsWith('invalid-')) invalid.push({ kind, file: path.join(FIXTURES, kind, file) });
  }

  it('has invalid fixtures of several kinds to check', () => {
    expect(new Set(invalid.map((i) => i.kind)).size, `fixtures under ${FIXTURES}`).to.be.at.least(4);
  });

  for (const [label, dir] of [['bundled grammar', undefined], ["libvirt's schemas", LIBVIRT]] as const) {
    it(`each invalid fixture gets precise diagnostics on narrow ranges, none generic (${label})`, async function () {
      if (dir && !fs.existsSync(path.join(dir, 'domain.rng'))) {
        console.log(`      skipped: ${dir} is missing`);
        this.skip();
      }
      const problems: string[] = [];
      let checked = 0;
      for (const { kind, file } of invalid) {
        const text = fs.readFileSync(file, 'utf8');
        const r = await lintText(text, { ruleSet: [], ...(dir ? { schemaDir: dir } : {}) });
        if (r.notes.some((n) => n.startsWith('no grammar'))) continue; // libvirt 9.0 lacks some kinds
        checked++;
        const ds = r.diagnostics.filter((d) => d.ruleId.startsWith('schema/'));
        const name = `${kind}/${path.basename(file)}`;
        if (ds.length === 0) problems.push(`${name}: no schema diagnostic`);
        for (const d of ds) if (!PRECISE.has(d.ruleId)) problems.push(`${name}: generic ${d.ruleId} ${d.message}`);
        // Each diagnostic covers a single element name, attribute or text, never a whole ancestor.
        for (const d of ds) if (d.range.end.offset - d.range.start.offset > 80) problems.push(`${name}: wide range for ${d.message}`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(checked).to.be.at.least(Math.min(10, invalid.length));
    });
  }

  it('a network <ip> with via=: unknown attribute listing what <ip> takes', async () => {
    const file = path.join(FIXTURES, 'network/invalid-ip-via.xml');
    const text = fs.readFileSync(file, 'utf8');
    for (const dir of [undefined, LIBVIRT]) {
      const [d, ...rest] = await schemaDiagnostics(text, dir);
      expect(rest).to.deep.equal([]);
      expect(d?.ruleId).to.equal('schema/unknown-attribute');
      expect(text.slice(d!.range.start.offset, d!.range.end.offset)).to.equal('via');
      expect(d!.message).to.include('<ip>').and.include('address').and.include('prefix');
    }
  });

  it('a volume format qcow3: invalid value listing the formats', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'volume/invalid-format.xml'), 'utf8');
    for (const dir of [undefined, LIBVIRT]) {
      const [d, ...rest] = await schemaDiagnostics(text, dir);
      expect(rest).to.deep.equal([]);
      expect(d?.ruleId).to.equal('schema/invalid-value');
      expect(text.slice(d!.range.start.offset, d!.range.end.offset)).to.equal('qcow3');
      expect(d!.message).to.include("'qcow2'").and.include("'raw'");
    }
  });
});
