#!/usr/bin/env node
// Developer tool: validates every corpus document against virtlint's bundled grammar (or --schemas)
// with virtlint's own RelaxNG engine and compares the verdict with VERDICTS.tsv's `expected`.
// Needs a build (dist/). Usage: node scripts/check-grammar.mjs [--corpus DIR] [--schemas DIR] [--only ROOT] [--errors]
import fs from 'node:fs';
import path from 'node:path';

const DIST = path.join(import.meta.dirname, '../dist/src');
const { parseXml } = await import(path.join(DIST, 'xml/parse.js'));
const { kindOfRoot } = await import(path.join(DIST, 'schema/kinds.js'));
const { grammarFor } = await import(path.join(DIST, 'schema/grammars.js'));
const { validateTree } = await import(path.join(DIST, 'schema/feed.js'));

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const corpus = path.resolve(opt('--corpus', path.join(import.meta.dirname, '../../shared/corpus/virt-install')));
const schemas = opt('--schemas', undefined);
const only = opt('--only', undefined);
const showErrors = args.includes('--errors');
const rows = fs.readFileSync(path.join(corpus, 'VERDICTS.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
let agree = 0, total = 0;
const mismatches = [];
for (const [file, root, , jing, , expected, why, jingErrors] of rows) {
  if (only && root !== only) continue;
  total++;
  const kind = kindOfRoot(root);
  const g = kind ? grammarFor(schemas, kind) : { status: 'no-grammar' };
  if (g.status !== 'ok') { mismatches.push(`${file}\t${root}\t${g.status} ${g.reason ?? ''}\texpected=${expected}`); continue; }
  const text = fs.readFileSync(path.join(corpus, file), 'utf8');
  const parsed = parseXml(text);
  let verdict = 'invalid', errs;
  if (parsed.ok) {
    const r = validateTree(g.grammar, parsed.document.root, text);
    errs = [...r.undeclared.map((u) => `undeclared prefix on <${u.element.name}>`), ...r.errors.map((e) => `${(e.node.attributeRange ?? e.node.range).start.line}: ${e.message}`)];
    verdict = errs.length === 0 ? 'valid' : 'invalid';
  } else errs = [parsed.diagnostic.message];
  if (verdict === expected) agree++;
  else mismatches.push(`${file}\tours=${verdict}\texpected=${expected}\tjing=${jing}\t${why ?? ''}${showErrors ? `\n    ours: ${errs.join(' | ')}\n    jing: ${jingErrors ?? ''}` : ''}`);
}
for (const m of mismatches) console.log(m);
console.log(`${agree}/${total} agree with expected`);
process.exitCode = agree === total ? 0 : 1;
