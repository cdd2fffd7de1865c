import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/linter/lint.js';
import { KIND_GRAMMARS, kindOfRoot } from '../../src/schema/kinds.js';
import { parseXml } from '../../src/xml/parse.js';
import { CORPUS } from '../helpers/paths.js';
import { jingInvalid, LIBVIRT_SCHEMAS } from './jing.js';
import { describeOracle } from './libvirt.js';
import { type Mutant, mutants } from './mutate.js';

/**
 * The grammar's differential test: mutants of valid corpus documents are judged by virtlint's
 * bundled grammar and by jing with libvirt 9.0's official schemas; the verdicts must agree.
 */
describeOracle('grammar mutations vs jing + libvirt 9.0 schemas (oracle)', { needs: ['jing'], tmp: 'virtlint-mutants-' }, function (dir) {
  const PER_DOCUMENT = Number(process.env.VIRTLINT_MUTANTS_PER_DOC ?? 6);

  it('virtlint and jing agree on mutants of valid documents', async () => {
    // Bases: corpus documents that libvirt 9.0's schemas accept (newer-feature documents are left out).
    const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).sort();
    const byKind = new Map<string, string[]>();
    for (const f of files) {
      const parsed = parseXml(fs.readFileSync(path.join(CORPUS, f), 'utf8'));
      const kind = parsed.ok ? kindOfRoot(parsed.document.root.name) : undefined;
      if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), path.join(CORPUS, f)]);
    }
    const mutantFiles: { file: string; mutant: Mutant; kind: string; base: string }[] = [];
    let bases = 0;
    for (const [kind, docs] of byKind) {
      const schema = path.join(LIBVIRT_SCHEMAS, KIND_GRAMMARS[kind as keyof typeof KIND_GRAMMARS].file);
      const rejected = jingInvalid(schema, docs);
      for (const base of docs.filter((d) => !rejected.has(d))) {
        bases++;
        const parsed = parseXml(fs.readFileSync(base, 'utf8'));
        if (!parsed.ok) continue;
        const seed = [...path.basename(base)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
        mutants(parsed.document, PER_DOCUMENT, seed).forEach((m, i) => {
          const file = path.join(dir(), `${path.basename(base, '.xml')}.m${i}.xml`);
          fs.writeFileSync(file, m.text);
          mutantFiles.push({ file, mutant: m, kind, base });
        });
      }
    }
    const jingVerdicts = new Map<string, string>();
    for (const kind of byKind.keys()) {
      const schema = path.join(LIBVIRT_SCHEMAS, KIND_GRAMMARS[kind as keyof typeof KIND_GRAMMARS].file);
      for (const [f, err] of jingInvalid(schema, mutantFiles.filter((m) => m.kind === kind).map((m) => m.file))) jingVerdicts.set(f, err);
    }
    let agree = 0;
    const disagreements: string[] = [];
    const perKind = new Map<string, { agree: number; total: number }>();
    for (const m of mutantFiles) {
      const r = await lintText(m.mutant.text, { filePath: m.file });
      const ours = r.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/')) ? 'invalid' : 'valid';
      const theirs = jingVerdicts.has(m.file) ? 'invalid' : 'valid';
      const k = perKind.get(m.mutant.kind) ?? { agree: 0, total: 0 };
      k.total++;
      if (ours === theirs) {
        agree++;
        k.agree++;
      } else {
        disagreements.push(`${path.basename(m.base)} [${m.mutant.description}]: virtlint=${ours} jing=${theirs} ${jingVerdicts.get(m.file) ?? ''}`);
      }
      perKind.set(m.mutant.kind, k);
    }
    const ratio = agree / mutantFiles.length;
    const jingValid = mutantFiles.filter((m) => !jingVerdicts.has(m.file)).length;
    console.log(`      jing: ${jingValid} valid, ${mutantFiles.length - jingValid} invalid mutants`);
    console.log(`      ${bases} base documents, ${mutantFiles.length} mutants: agreement ${agree}/${mutantFiles.length} = ${(ratio * 100).toFixed(2)}%`);
    for (const [k, v] of perKind) console.log(`        ${k}: ${v.agree}/${v.total}`);
    if (disagreements.length > 0) console.log(`      disagreements:\n        ${disagreements.slice(0, 40).join('\n        ')}`);
    expect(mutantFiles.length).to.be.greaterThan(500);
    expect(ratio).to.be.at.least(Number(process.env.VIRTLINT_MUTATION_FLOOR ?? 0.97));
  });
});
