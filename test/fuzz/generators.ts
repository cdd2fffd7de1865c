import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, EXAMPLES } from '../helpers/paths.js';

/**
 * Inputs shared by the fuzz suites. The number of cases scales with VIRTLINT_FUZZ_RUNS (default
 * 20000: the size `npm test` runs; `npm run fuzz` runs ten times more).
 */
export const SCALE = Number(process.env.VIRTLINT_FUZZ_RUNS ?? 20000) / 20000;
export const runs = (n: number): number => Math.max(10, Math.round(n * SCALE));
export const SEED = Number(process.env.VIRTLINT_FUZZ_SEED ?? 20261126);

export const VOCABULARY = ['domain', 'devices', 'disk', 'driver', 'target', 'source', 'interface', 'model', 'os', 'type', 'name', 'memory', 'vcpu', 'controller', 'address', 'boot', 'emulator', 'video', 'graphics', 'x'];
export const ATTRS = ['type', 'bus', 'dev', 'ioeventfd', 'name', 'slot', 'index', 'model', 'device', 'order', 'unit', 'machine', 'arch', 'file'];
export const VALUES = ['virtio', 'ide', 'on', 'off', 'qemu', 'kvm', '0x04', '0', '-1', '', 'vda', 'pci', 'drive', '\u{1F600}', 'a&amp;b', '99999999999999999999'];

export const xmlEscape = (s: string): string => s.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');

/** Random well-formed XML trees over libvirt's vocabulary. */
export const tree = fc.letrec<{ el: string }>((tie) => ({
  el: fc
    .tuple(
      fc.constantFrom(...VOCABULARY),
      fc.uniqueArray(fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES)), { maxLength: 4, selector: (a) => a[0] }),
      fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([] as string[]), fc.array(tie('el'), { maxLength: 4 })),
      fc.constantFrom('', 'text', ' 1048576 ', '\n  '),
    )
    .map(([name, attrs, kids, text]) => `<${name}${attrs.map(([k, v]) => ` ${k}='${xmlEscape(v)}'`).join('')}>${xmlEscape(text)}${kids.join('')}</${name}>`),
})).el;

export function corpusSample(n: number): { name: string; text: string }[] {
  const dir = fs.existsSync(CORPUS) ? CORPUS : EXAMPLES;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / n)) === 0)
    .slice(0, n)
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Pieces of markup as they appear while someone types: half tags, stray quotes, entity starts. */
const TOKENS = [
  '<domain', "<domain type='kvm'>", '</domain>', '<devices>', '</devices>', '<disk', " type='file'", ' device="disk"', '/>', '>', '<', '</', '<target', " dev='vda'", '<source', " file='/x'",
  '<name>', 'vm', '</name>', '<memory>', '1024', '</memory>', '<os><type>hvm</type></os>', '<!--', '-->', '<![CDATA[', ']]>', '<?pi', '?>', '&', '&amp;', '&lt', '&#x41;', '&#xD800;', '&#0;', '&bogus;',
  "'", '"', '=', ' ', '\n', '\r', '\r\n', '\t', '\uD800', '\uDC00', '\u{1F600}', '\uFEFF', '\u0085', '\u2028', 'xmlns:q="urn:q"', '<q:a/>', 'xi:include', '<xi:include href="/etc/passwd" parse="text"/>',
];

/** Half-typed documents: random sequences of markup pieces. */
export const halfTyped = fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 60 }).map((t) => t.join(''));

const DOMAIN_HEAD = "<domain type='kvm'><name>p</name><memory>1</memory><os><type>hvm</type></os>";

/** Documents of pathological shape, near and past virtlint's limits (depth, attributes, sizes). */
export const pathological = fc.oneof(
  fc.integer({ min: 1, max: 5000 }).map((n) => `${DOMAIN_HEAD}<devices>${"<disk type='file' device='disk'><target dev='vda'/></disk>".repeat(n)}</devices></domain>`),
  fc.integer({ min: 1, max: 200000 }).map((n) => `${DOMAIN_HEAD}<devices><disk type='file' device='disk'><source file='/${'a'.repeat(n)}'/><target dev='vda'/></disk></devices></domain>`),
  fc.integer({ min: 1, max: 1100 }).map((n) => `${DOMAIN_HEAD}<devices><disk type='file' ${Array.from({ length: n }, (_, i) => `x${i}='${i}'`).join(' ')}/></devices></domain>`),
  fc.integer({ min: 240, max: 270 }).map((n) => `${DOMAIN_HEAD}<metadata>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</metadata></domain>`),
  fc.integer({ min: 1, max: 100000 }).map((n) => `${DOMAIN_HEAD.replace('<name>p</name>', `<name>${'n'.repeat(n)}</name>`)}</domain>`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${DOMAIN_HEAD}${'<!-- virtlint-disable-next-line schema/unexpected-element -->\n<bogus/>'.repeat(n)}</domain>`),
  fc.integer({ min: 1, max: 500 }).map((n) => `<domain ${Array.from({ length: n }, (_, i) => `xmlns:p${i}='urn:${i}'`).join(' ')}>${Array.from({ length: n }, (_, i) => `<p${i}:x/>`).join('')}</domain>`),
  fc.integer({ min: 1, max: 20000 }).map((n) => `<${'d'.repeat(n)}/>`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `${DOMAIN_HEAD}<devices>${"<interface type='network'><mac address='52:54:00:00:00:01'/><source network='default'/></interface>".repeat(n)}</devices></domain>`),
);

/** A text as the bytes of a file, in one of the ways editors and tools save it (some of them wrong). */
export function encodings(text: string): { name: string; bytes: Buffer }[] {
  return [
    { name: 'utf-8', bytes: Buffer.from(text, 'utf8') },
    { name: 'utf-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) },
    { name: 'utf-16le with BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) },
    { name: 'utf-16be with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]) },
    { name: 'utf-16le without BOM', bytes: Buffer.from(text, 'utf16le') },
    { name: 'latin-1', bytes: Buffer.from(text, 'latin1') },
  ];
}
