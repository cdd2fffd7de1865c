#!/usr/bin/env node
// Developer tool: validates every corpus document against virtlint's bundled grammar with
// libxml2-wasm (virtlint's engine) and compares the verdict with VERDICTS.tsv's `expected`.
// Usage: node scripts/check-grammar.mjs [--corpus DIR] [--schemas DIR] [--only ROOT] [--errors]
import fs from 'node:fs';
import path from 'node:path';
import { XmlDocument, RelaxNGValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const corpus = path.resolve(opt('--corpus', path.join(import.meta.dirname, '../../shared/corpus/virt-install')));
const schemas = path.resolve(opt('--schemas', path.join(import.meta.dirname, '../schemas')));
const only = opt('--only', undefined);
const showErrors = args.includes('--errors');
const ROOT_TO_SCHEMA = {
  domain: 'domain.rng', network: 'network.rng', pool: 'storagepool.rng', volume: 'storagevol.rng',
  domainsnapshot: 'domainsnapshot.rng', domaincheckpoint: 'domaincheckpoint.rng', filter: 'nwfilter.rng',
  secret: 'secret.rng', interface: 'interface.rng',
};
xmlRegisterFsInputProviders();
const validators = new Map();
function validatorFor(root) {
  if (!validators.has(root)) {
    const file = path.join(schemas, ROOT_TO_SCHEMA[root]);
    try {
      const doc = XmlDocument.fromString(fs.readFileSync(file, 'utf8'), { url: file });
      validators.set(root, RelaxNGValidator.fromDoc(doc));
    } catch (e) {
      console.error(`cannot compile ${file}: ${e.message} ${JSON.stringify(e.details ?? '')}`);
      validators.set(root, null);
    }
  }
  return validators.get(root);
}
const rows = fs.readFileSync(path.join(corpus, 'VERDICTS.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
let agree = 0, total = 0;
const mismatches = [];
for (const [file, root, , jing, , expected, why, jingErrors] of rows) {
  if (only && root !== only) continue;
  total++;
  const v = validatorFor(root);
  if (!v) { mismatches.push(`${file}\t${root}\tno-grammar\texpected=${expected}`); continue; }
  const doc = XmlDocument.fromString(fs.readFileSync(path.join(corpus, file), 'utf8'));
  let verdict = 'valid', errs = [];
  try { v.validate(doc); } catch (e) { verdict = 'invalid'; errs = (e.details ?? [{ message: e.message }]).map((d) => `${d.line}:${d.col} ${d.message.trim()} [${d.xpath ?? ''}]`); }
  doc.dispose();
  if (verdict === expected) agree++;
  else mismatches.push(`${file}\tours=${verdict}\texpected=${expected}\tjing=${jing}\t${why ?? ''}${showErrors ? `\n    ours: ${errs.join(' | ')}\n    jing: ${jingErrors ?? ''}` : ''}`);
}
for (const m of mismatches) console.log(m);
console.log(`${agree}/${total} agree with expected`);
process.exitCode = agree === total ? 0 : 1;
