// temp helper (not committed): node scripts/.kv.mjs SCHEMA FILE...
import fs from 'node:fs';
import { XmlDocument, RelaxNGValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
xmlRegisterFsInputProviders();
const [schema, ...files] = process.argv.slice(2);
let v;
try { v = RelaxNGValidator.fromDoc(XmlDocument.fromString(fs.readFileSync(schema, 'utf8'), { url: schema })); }
catch (e) { console.log('COMPILE FAIL', e.message, JSON.stringify(e.details ?? '')); process.exit(2); }
for (const f of files) {
  const doc = XmlDocument.fromString(fs.readFileSync(f, 'utf8'));
  try { v.validate(doc); console.log(`valid   ${f}`); }
  catch (e) { console.log(`invalid ${f}: ${(e.details ?? [{ message: e.message }]).map((d) => `${d.line}: ${d.message.trim()}`).join(' | ')}`); }
  doc.dispose();
}
