import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type GrammarIndex,
  GrammarLoadError,
  elementsFor,
  grammarIndexFor,
  grammarPathOf,
  loadGrammar,
  GrammarIndex as Index,
} from '../../src/grammar/index.js';
import { BUNDLED_SCHEMA_DIR } from '../../src/schema/bundled.js';
import { readSchemaSet } from '../../src/schema/grammars.js';
import { parseXml } from '../../src/xml/parse.js';
import { type XmlElement, walk } from '../../src/xml/tree.js';
import { EXAMPLES } from '../helpers/paths.js';

const LIBVIRT = '/usr/share/libvirt/schemas';
const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');

const SCHEMA_SETS: { label: string; dir: string | undefined; present: () => string | undefined }[] = [
  { label: 'the bundled grammar', dir: undefined, present: () => (fs.existsSync(path.join(BUNDLED_SCHEMA_DIR, 'domain.rng')) ? undefined : 'schemas/domain.rng is missing') },
  { label: "libvirt's schemas", dir: LIBVIRT, present: () => (fs.existsSync(path.join(LIBVIRT, 'domain.rng')) ? undefined : `${LIBVIRT} is missing (apt-get install libvirt-daemon)`) },
];

const names = (xs: readonly { name: string }[]): string[] => xs.map((x) => x.name);

function firstElement(text: string, pred: (el: XmlElement) => boolean): XmlElement {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  for (const el of walk(parsed.document.root)) if (pred(el)) return el;
  throw new Error('no such element');
}

for (const set of SCHEMA_SETS) {
  describe(`grammar index: ${set.label} (domain)`, function () {
    let index: GrammarIndex;
    before(function () {
      const missing = set.present();
      if (missing) {
        console.log(`      skipped: ${missing}`);
        this.skip();
      }
      index = grammarIndexFor(set.dir, 'domain') as GrammarIndex;
    });

    it('is loaded once per process and schema set', () => {
      expect(grammarIndexFor(set.dir, 'domain')).to.equal(index);
      expect(index.rootPatterns().map((p) => p.name)).to.deep.include({ kind: 'name', ns: '', local: 'domain' });
    });

    it('describes the disk <driver>: its attributes with their values', () => {
      const driver = index.describe(['domain', 'devices', 'disk', 'driver']);
      expect(driver).to.not.equal(undefined);
      const ioeventfd = driver!.attributes.find((a) => a.name === 'ioeventfd');
      expect(ioeventfd?.value.values).to.have.members(['on', 'off']);
      expect(ioeventfd?.required).to.equal(false);
      expect(names(driver!.attributes)).to.include.members(['name', 'type', 'cache', 'io', 'iothread']);
      expect(driver!.attributes.find((a) => a.name === 'iothread')?.value.forms).to.deep.equal(['an unsigned integer']);
    });

    it('is context-sensitive: the interface <driver> is not the disk <driver>', () => {
      const disk = names(index.describe(['domain', 'devices', 'disk', 'driver'])!.attributes);
      const nic = names(index.describe(['domain', 'devices', 'interface', 'driver'])!.attributes);
      expect(nic).to.include.members(['txmode', 'queues', 'ioeventfd']);
      expect(nic).to.not.include('cache');
      expect(disk).to.include('cache');
      expect(disk).to.not.include('txmode');
    });

    it('knows required attributes and children', () => {
      const domain = index.describe(['domain'])!;
      expect(domain.children.find((c) => c.name === 'name')?.required).to.equal(true);
      expect(domain.children.find((c) => c.name === 'devices')?.required).to.equal(false);
      expect(domain.attributes.find((a) => a.name === 'type')?.required).to.equal(true);
      expect(index.describe(['domain', 'devices', 'disk', 'target'])!.attributes.find((a) => a.name === 'dev')?.required).to.equal(true);
    });

    it('knows which children may repeat', () => {
      expect(index.describe(['domain'])!.children.find((c) => c.name === 'name')?.repeatable).to.equal(false);
      expect(index.describe(['domain', 'devices'])!.children.find((c) => c.name === 'disk')?.repeatable).to.equal(true);
      expect(index.describe(['domain', 'os'])!.children.find((c) => c.name === 'boot')?.repeatable).to.equal(true);
    });

    it('describes text content in words', () => {
      expect(index.describe(['domain', 'devices', 'emulator'])!.text?.forms).to.deep.equal(['an absolute path']);
      expect(index.describe(['domain', 'on_poweroff'])!.text?.values).to.include.members(['destroy', 'restart']);
      expect(index.describe(['domain', 'devices'])!.text).to.equal(undefined);
    });

    it('lists the parents an element can live under', () => {
      expect(index.parentsOf('disk')).to.deep.equal(['devices']);
      expect(index.parentsOf('driver')).to.include.members(['disk', 'interface', 'controller']);
      expect(index.parentsOf('no-such-element')).to.deep.equal([]);
    });

    it('returns nothing for a path the grammar does not allow', () => {
      expect(index.elementsAt(['domain', 'os', 'disk'])).to.deep.equal([]);
      expect(index.describe(['network'])).to.equal(undefined);
    });

    it('narrows by attribute values: the <source> of a file disk takes file=, of a block disk dev=', () => {
      const fileSource = firstElement(SEED, (el) => el.name === 'source');
      expect(grammarPathOf(fileSource)).to.deep.equal(['domain', 'devices', 'disk', 'source']);
      const fileAttrs = elementsFor(index, fileSource).flatMap((c) => names(c.attributes));
      expect(fileAttrs).to.include('file');
      expect(fileAttrs).to.not.include('dev');
      const block = SEED.replace("<disk type='file' device='disk'>", "<disk type='block' device='disk'>");
      const blockAttrs = elementsFor(index, firstElement(block, (el) => el.name === 'source')).flatMap((c) => names(c.attributes));
      expect(blockAttrs).to.include('dev');
      expect(blockAttrs).to.not.include('file');
    });

    it('answers repeated questions from memory', () => {
      const a = index.elementsAt(['domain', 'devices', 'interface', 'driver']);
      expect(index.elementsAt(['domain', 'devices', 'interface', 'driver'])).to.equal(a);
    });
  });
}

describe('grammar loader: RelaxNG composition', () => {
  let dir: string;
  const write = (name: string, body: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), `<?xml version="1.0"?>\n${body}\n`);
  };
  const RNG = 'xmlns="http://relaxng.org/ns/structure/1.0" xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"';

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-grammar-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('resolves include with overrides, combine, externalRef, nested grammars and parentRef', () => {
    write(
      'common.rng',
      `<grammar ${RNG}>
  <start><ref name="top"/></start>
  <define name="top"><element name="top"><ref name="topAttrs"/><ref name="kids"/></element></define>
  <define name="topAttrs"><attribute name="mode"><choice><value>a</value><value>b</value></choice></attribute></define>
  <define name="kids"><zeroOrMore><ref name="kid"/></zeroOrMore></define>
  <define name="kid"><element name="kid"><a:documentation>A child.</a:documentation><empty/></element></define>
</grammar>`,
    );
    write('sub/leaf.rng', `<element name="leaf" ${RNG}><data type="unsignedInt"/></element>`);
    write(
      'main.rng',
      `<grammar ${RNG}>
  <include href="common.rng">
    <define name="topAttrs"><attribute name="mode"><value>only</value></attribute></define>
  </include>
  <define name="kid" combine="choice"><element name="other"><attribute name="size"><data type="unsignedLong"/></attribute></element></define>
  <define name="kid" combine="choice"><externalRef href="sub/leaf.rng"/></define>
  <define name="kid" combine="choice">
    <grammar>
      <start><element name="nested"><parentRef name="leafy"/></element></start>
    </grammar>
  </define>
  <define name="leafy"><optional><attribute name="ok"><ref name="yesNo"/></attribute></optional></define>
  <define name="yesNo"><choice><value>yes</value><value>no</value></choice></define>
</grammar>`,
    );
    const index = new Index(loadGrammar(dir, path.join(dir, 'main.rng')));
    const top = index.describe(['top'])!;
    expect(top.attributes.find((a) => a.name === 'mode')?.value.values).to.deep.equal(['only']);
    expect(names(top.children)).to.have.members(['kid', 'other', 'leaf', 'nested']);
    expect(index.describe(['top', 'kid'])!.documentation).to.equal('A child.');
    expect(index.describe(['top', 'leaf'])!.text?.forms).to.deep.equal(['an unsigned integer']);
    expect(index.describe(['top', 'other'])!.attributes[0]).to.include({ name: 'size', required: true });
    expect(index.describe(['top', 'nested'])!.attributes[0]?.value.values).to.deep.equal(['yes', 'no']);
    expect(index.parentsOf('leaf')).to.deep.equal(['top']);
  });

  it('reports a reference to an undefined define with its file and line', () => {
    write('bad.rng', `<grammar ${RNG}>\n  <start>\n    <ref name="nowhere"/>\n  </start>\n</grammar>`);
    expect(() => loadGrammar(dir, path.join(dir, 'bad.rng'))).to.throw(GrammarLoadError, /bad\.rng:4: reference to undefined define 'nowhere'/);
  });

  it('refuses to include a file outside the schema directory', () => {
    write('escape.rng', `<grammar ${RNG}><include href="../../etc/passwd.rng"/><start><empty/></start></grammar>`);
    expect(() => loadGrammar(dir, path.join(dir, 'escape.rng'))).to.throw(GrammarLoadError, /outside the schema directory/);
  });

  it('refuses an include through a directory link that leads out of the schema directory (the name stays inside), and follows one that stays inside', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-grammar-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'names.rng'), `<grammar ${RNG}><define name="t"><element name="t"><empty/></element></define></grammar>`);
      fs.symlinkSync(outside, path.join(dir, 'out'));
      write('leaves.rng', `<grammar ${RNG}><include href="out/names.rng"/><start><ref name="t"/></start></grammar>`);
      expect(() => loadGrammar(dir, path.join(dir, 'leaves.rng'))).to.throw(GrammarLoadError, /out\/names\.rng is outside the schema directory/);
      write('real/names.rng', `<grammar ${RNG}><define name="t"><element name="t"><empty/></element></define></grammar>`);
      fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'in'));
      write('stays.rng', `<grammar ${RNG}><include href="in/names.rng"/><start><ref name="t"/></start></grammar>`);
      expect(loadGrammar(dir, path.join(dir, 'stays.rng')).elements.length).to.equal(1);
      // The schema directory named through a link of its own.
      const named = path.join(outside, 'schemas');
      fs.symlinkSync(dir, named);
      expect(loadGrammar(named, path.join(named, 'stays.rng')).elements.length).to.equal(1);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads names under Namespaces in XML as the RelaxNG engine does: prefixes as bound where they are, an unbound one refused with its file and line', () => {
    const RNG_NS = 'http://relaxng.org/ns/structure/1.0';
    // The RelaxNG elements under a prefix, a name prefix redeclared below, an xml: attribute name, a foreign annotation.
    write('prefixed.rng', `<r:grammar xmlns:r="${RNG_NS}" xmlns:o="urn:other"><r:start><r:element name="o:top"><r:attribute name="xml:lang"/><r:element xmlns:o="urn:inner" name="o:kid"><r:empty/></r:element><doc:note xmlns:doc="urn:doc">ignored</doc:note></r:element></r:start></r:grammar>`);
    const g = loadGrammar(dir, path.join(dir, 'prefixed.rng'));
    expect(g.elements.map((e) => e.name)).to.deep.equal([
      { kind: 'name', ns: 'urn:inner', local: 'kid' },
      { kind: 'name', ns: 'urn:other', local: 'top' },
    ]);
    const top = g.elements[1]?.content;
    expect(top?.kind === 'group' && top.items[0]).to.deep.include({ kind: 'attribute', name: { kind: 'name', ns: 'http://www.w3.org/XML/1998/namespace', local: 'lang' } });
    // Before, an annotation under an unbound prefix was taken for an element of no namespace and skipped.
    write('unbound.rng', `<grammar ${RNG}>\n  <start>\n    <element name="top"><doc:note>?</doc:note><empty/></element>\n  </start>\n</grammar>`);
    expect(() => loadGrammar(dir, path.join(dir, 'unbound.rng'))).to.throw(GrammarLoadError, /unbound\.rng:4: unbound namespace prefix: "doc"/);
  });

  it("uses the texts a schema set's key was made from, reading none of those files again", () => {
    write('common.rng', `<grammar ${RNG}><define name="top"><element name="top"><empty/></element></define></grammar>`);
    write('main.rng', `<grammar ${RNG}><include href="common.rng"/><start><ref name="top"/></start></grammar>`);
    const texts = readSchemaSet(dir, 'domain').texts;
    expect([...texts.keys()].sort()).to.deep.equal([path.join(dir, 'common.rng'), path.join(dir, 'main.rng')]);
    // Gone from the disk: only the texts can serve the load now.
    for (const f of texts.keys()) fs.rmSync(f);
    expect(loadGrammar(dir, path.join(dir, 'main.rng'), texts).elements.map((e) => e.name)).to.deep.equal([{ kind: 'name', ns: '', local: 'top' }]);
    expect(() => loadGrammar(dir, path.join(dir, 'main.rng'))).to.throw(GrammarLoadError, /cannot read/);
  });

  it('refuses a DOCTYPE in a grammar file (same safe parser as documents)', () => {
    write('doctype.rng', `<!DOCTYPE grammar [<!ENTITY x "y">]><grammar ${RNG}><start><empty/></start></grammar>`);
    expect(() => loadGrammar(dir, path.join(dir, 'doctype.rng'))).to.throw(GrammarLoadError, /DOCTYPE/);
  });
});

describe('grammar index: memory of paths stays bounded', () => {
  it('made-up paths and names (any name under <metadata>) do not grow the memos past their bound, and answers stay right after it starts again', () => {
    const index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
    const known = index.elementsAt(['domain', 'devices', 'disk']);
    expect(known.length).to.be.above(0);
    const metadata = index.elementsAt(['domain', 'metadata']);
    for (let i = 0; i < 50_000; i++) {
      index.elementsAt(['domain', 'metadata', `made-up-${i}`, 'deeper']);
      index.childInfos(metadata, `made-up-${i}`);
    }
    expect(index.memoised.paths).to.be.at.most(20_000);
    expect(index.memoised.childNames).to.be.below(20_000 + 1000);
    expect(index.elementsAt(['domain', 'metadata', 'made-up-7', 'deeper']).length, 'any name is allowed under <metadata>').to.be.above(0);
    expect(index.elementsAt(['domain', 'devices', 'disk']).map((i) => i.pattern.id)).to.deep.equal(known.map((i) => i.pattern.id));
  });
});
