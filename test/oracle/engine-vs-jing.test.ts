import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { BUNDLED_SCHEMA_DIR } from '../../src/schema/bundled.js';
import { KIND_GRAMMARS, kindOfRoot } from '../../src/schema/kinds.js';
import type { DocumentKind } from '../../src/types.js';
import { parseXml } from '../../src/xml/parse.js';
import { CORPUS } from '../helpers/paths.js';
import { jingInvalid, LIBVIRT_SCHEMAS } from './jing.js';
import { describeOracle } from './libvirt.js';
import { mutants } from './mutate.js';

/**
 * virtlint's RelaxNG engine against jing (the strict reference) on the SAME grammar: every corpus
 * document and ≥ 20,000 generated mutants of the valid ones must get the same valid/invalid verdict.
 * Both grammar sets are checked: libvirt's installed schemas (through --schemas, compiled at run
 * time) and virtlint's bundled grammar (the JSON compiled at build time; jing reads its .rng sources).
 */

const TOTAL_MUTANTS = Number(process.env.VIRTLINT_ENGINE_MUTANTS ?? 20000);
/** jing's start-up dominates: many instances per call. */
const JING_BATCH = 2500;

interface Doc {
  readonly file: string;
  readonly kind: DocumentKind;
}

async function ourVerdict(text: string, schemaDir: string | undefined): Promise<'valid' | 'invalid' | 'no-grammar'> {
  const r = await lintText(text, { ruleSet: [], ...(schemaDir ? { schemaDir } : {}) });
  if (r.notes.some((n) => n.startsWith('no grammar'))) return 'no-grammar';
  return r.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/')) ? 'invalid' : 'valid';
}

/** jing's verdicts for documents of several kinds: the set of files it rejects, with its first error. */
function jingVerdicts(dir: string, docs: readonly Doc[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of new Set(docs.map((d) => d.kind))) {
    const schema = path.join(dir, KIND_GRAMMARS[kind].file);
    if (!fs.existsSync(schema)) continue;
    for (const [f, e] of jingInvalid(schema, docs.filter((d) => d.kind === kind).map((d) => d.file), JING_BATCH)) out.set(f, e);
  }
  return out;
}

const SETS = [
  { label: "libvirt's schemas (--schemas)", dir: LIBVIRT_SCHEMAS, ours: LIBVIRT_SCHEMAS },
  { label: 'the bundled grammar (compiled at build time)', dir: BUNDLED_SCHEMA_DIR, ours: undefined },
] as const;

describeOracle('RelaxNG engine vs jing on the same grammar (oracle)', { needs: ['jing'], tmp: 'virtlint-engine-mutants-' }, function (tmp) {
  this.timeout(1800000);
  let corpusDocs: Doc[];

  before(function () {
    corpusDocs = [];
    for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.xml')).sort()) {
      const parsed = parseXml(fs.readFileSync(path.join(CORPUS, f), 'utf8'));
      const kind = parsed.ok ? kindOfRoot(parsed.document.root.name) : undefined;
      if (kind) corpusDocs.push({ file: path.join(CORPUS, f), kind });
    }
  });

  for (const set of SETS) {
    it(`every corpus document gets jing's verdict with ${set.label}`, async () => {
      const theirs = jingVerdicts(set.dir, corpusDocs);
      const disagreements: string[] = [];
      let compared = 0;
      for (const d of corpusDocs) {
        const ours = await ourVerdict(fs.readFileSync(d.file, 'utf8'), set.ours);
        if (ours === 'no-grammar') continue;
        compared++;
        const jing = theirs.has(d.file) ? 'invalid' : 'valid';
        if (ours !== jing) disagreements.push(`${path.basename(d.file)}: virtlint=${ours} jing=${jing} ${theirs.get(d.file) ?? ''}`);
      }
      console.log(`      ${compared} documents, ${compared - theirs.size} valid by jing, ${disagreements.length} disagreements`);
      expect(compared).to.be.greaterThan(200);
      expect(disagreements, disagreements.join('\n')).to.deep.equal([]);
    });
  }

  it(`≥ ${TOTAL_MUTANTS} mutants of valid corpus documents: zero disagreements with jing, on both grammar sets`, async () => {
    // Bases: documents both grammars accept (per jing), so every mutant differs from a valid document by one change.
    const rejected = new Set<string>();
    for (const set of SETS) for (const f of jingVerdicts(set.dir, corpusDocs).keys()) rejected.add(f);
    const bases = corpusDocs.filter((d) => !rejected.has(d.file));
    expect(bases.length).to.be.greaterThan(100);
    const perBase = Math.ceil(TOTAL_MUTANTS / bases.length);
    const files: Doc[] = [];
    for (const base of bases) {
      const parsed = parseXml(fs.readFileSync(base.file, 'utf8'));
      if (!parsed.ok) continue;
      const seed = [...path.basename(base.file)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 11);
      mutants(parsed.document, perBase, seed).forEach((m, i) => {
        const file = path.join(tmp(), `${path.basename(base.file, '.xml')}.m${i}.xml`);
        fs.writeFileSync(file, m.text);
        files.push({ file, kind: base.kind });
      });
    }
    console.log(`      ${files.length} mutants of ${bases.length} documents`);
    expect(files.length).to.be.at.least(TOTAL_MUTANTS);
    for (const set of SETS) {
      const theirs = jingVerdicts(set.dir, files);
      const disagreements: string[] = [];
      let invalid = 0;
      for (const d of files) {
        const ours = await ourVerdict(fs.readFileSync(d.file, 'utf8'), set.ours);
        const jing = theirs.has(d.file) ? 'invalid' : 'valid';
        if (ours === 'invalid') invalid++;
        if (ours !== jing) disagreements.push(`${path.basename(d.file)}: virtlint=${ours} jing=${jing} ${theirs.get(d.file) ?? ''}`);
      }
      console.log(`      ${set.label}: ${files.length - invalid} valid, ${invalid} invalid; ${disagreements.length} disagreements`);
      expect(disagreements.slice(0, 50), disagreements.slice(0, 50).join('\n')).to.deep.equal([]);
    }
  });
});
