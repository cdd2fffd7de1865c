/**
 * Builds src/xml/encoding-table.ts, the encoding names libxml2 (libvirt's parser) knows on this machine,
 * from the machine's own facts (src/xml/encoding-match.ts says how libxml2 looks a name up):
 * - glibc iconv's names: `iconv -l`;
 * - ICU's (libxml2 is linked with it: `ldd`): every alias of every converter ucnv_open opens, listed
 *   by a small program (scripts/icu-encoding-names.cc, built with g++ against the library itself),
 *   and its algorithmic converters, found by asking ucnv_open about each lower-case word in the library;
 * - libxml2's own names, found by experiment: each word in libxml2's library that is an XML encoding
 *   name is declared in a document for xmllint (the same libxml2 as libvirt's), and the ones it
 *   accepts that neither glibc nor ICU explain are libxml2's built-ins.
 * virtlint reads the committed output; nothing runs at virtlint's run time. Run after `npm run build`:
 *
 *   node scripts/encoding-names.mjs            writes the table
 *   node scripts/encoding-names.mjs --check    exits 1 when the committed table differs from this machine's
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/xml/encoding-table.ts');
const { encodingLookup, icuKey } = await import(path.join(ROOT, 'dist/src/xml/encoding-match.js'));

/** An XML 1.0 EncName: other strings never reach the lookup (the parser refuses them first). */
const ENC_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;

function run(cmd, args, input) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 64 << 20 });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

/** The libraries a program or library loads, by soname. */
function libraries(file) {
  const libs = new Map();
  for (const m of run('ldd', [file]).matchAll(/^\s*(\S+) => (\/\S+)/gm)) libs.set(m[1], m[2]);
  return libs;
}

/** Printable words in a binary, as candidates. */
const words = (file, re) => [...new Set(fs.readFileSync(file).toString('latin1').match(/[\x21-\x7e]{2,59}/g) ?? [])].filter((w) => re.test(w));

/** glibc iconv's names (`iconv -l` ends each with `//`, some with `/UCS4/`-like suffixes: not EncNames). */
export function glibcNames() {
  const names = run('iconv', ['-l']).split(/[,\s]+/).map((n) => n.replace(/\/\/$/, '')).filter((n) => ENC_NAME.test(n));
  return [...new Set(names.map((n) => n.toUpperCase()))].sort();
}

function icuNames(libicuuc) {
  const version = /libicuuc\.so\.(\d+)/.exec(path.basename(libicuuc))?.[1];
  if (!version) throw new Error(`no ICU version in ${libicuuc}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-icu-names-'));
  try {
    const exe = path.join(dir, 'icu-encoding-names');
    run('g++', ['-O1', `-DICU=${version}`, path.join(ROOT, 'scripts/icu-encoding-names.cc'), '-o', exe, libicuuc]);
    const candidates = words(libicuuc, /^[a-z][a-z0-9]+$/);
    const [aliasPart, openedPart] = run(exe, [], candidates.join('\n') + '\n').split('--\n');
    const aliases = new Set(aliasPart.split('\n').filter(Boolean).map(icuKey));
    const algorithmic = new Set(openedPart.split('\n').filter(Boolean).map(icuKey).filter((k) => !aliases.has(k)));
    return { version, aliases: [...aliases].sort(), algorithmic: [...algorithmic].sort() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The names xmllint accepts in a declaration: it reports "Unsupported encoding NAME" for the others.
 * Exported for the differential test's sake (test/xml/encoding-names-xmllint.test.ts does the same).
 */
export function xmllintAccepts(names) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-encodings-'));
  const accepted = new Set();
  try {
    for (let b = 0; b < names.length; b += 500) {
      const batch = names.slice(b, b + 500);
      const files = batch.map((n, i) => {
        const file = path.join(dir, `${b + i}.xml`);
        fs.writeFileSync(file, `<?xml version="1.0" encoding="${n}"?>\n<a/>\n`);
        return file;
      });
      const r = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const refused = new Set([...r.stderr.matchAll(/^(\S+\.xml):\d+: parser error : Unsupported encoding /gm)].map((m) => m[1]));
      batch.forEach((n, i) => refused.has(files[i]) || accepted.add(n));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return accepted;
}

function build() {
  const xmllint = run('which', ['xmllint']).trim();
  const libxml2 = libraries(xmllint).get('libxml2.so.2');
  if (!libxml2) throw new Error('xmllint does not load libxml2.so.2');
  const libicuuc = [...libraries(libxml2)].find(([soname]) => soname.startsWith('libicuuc.so.'))?.[1];
  const glibc = glibcNames();
  const icu = libicuuc ? icuNames(libicuuc) : { version: 'none', aliases: [], algorithmic: [] };
  const partial = encodingLookup({ libxml2: '', glibc: glibc.join(' '), icuAliases: icu.aliases.join(' '), icuAlgorithmic: icu.algorithmic.join(' ') });
  const candidates = [...new Set(words(libxml2, ENC_NAME).map((w) => w.toUpperCase()))].filter((w) => !partial(w));
  const own = [...xmllintAccepts(candidates)].sort();
  const versions = {
    glibc: run('ldd', ['--version']).split('\n')[0].replace(/^.*\s/, ''),
    icu: icu.version,
    libxml2: path.basename(fs.realpathSync(libxml2)).replace(/^libxml2\.so\./, ''),
  };
  return [
    '// Generated by scripts/encoding-names.mjs from this machine (glibc ' + versions.glibc + ', ICU ' + versions.icu + ', libxml2 ' + versions.libxml2 + '): do not edit.',
    '// The names libxml2 knows in an XML declaration; src/xml/encoding-match.ts says how they are compared.',
    "import type { EncodingTable } from './encoding-match.js';",
    '',
    'export const ENCODING_TABLE: EncodingTable = {',
    `  libxml2: ${JSON.stringify(own.join(' '))},`,
    `  glibc: ${JSON.stringify(glibc.join(' '))},`,
    `  icuAliases: ${JSON.stringify(icu.aliases.join(' '))},`,
    `  icuAlgorithmic: ${JSON.stringify(icu.algorithmic.join(' '))},`,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = build();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (committed !== text) {
      console.error(`${path.relative(ROOT, OUT)} is stale: run node scripts/encoding-names.mjs`);
      process.exit(1);
    }
    console.log(`${path.relative(ROOT, OUT)} is up to date`);
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`${path.relative(ROOT, OUT)}: ${text.length} characters`);
  }
}
