import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { type CursorContext, cursorContext, rootElementName } from '../../src/lsp/context.js';
import { EXAMPLES } from '../helpers/paths.js';

/** The context at the `|` in `marked` (the bar is removed from the text). */
function at(marked: string): { ctx: CursorContext; text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { ctx: cursorContext(text, offset), text, offset };
}

const names = (ctx: CursorContext): string[] => ctx.path.map((e) => e.name);

describe('lsp: cursor context on half-typed text', () => {
  it('a half-typed attribute name in an unterminated start tag, with more document after it', () => {
    const { ctx, text } = at(`<domain type='kvm'>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' ioev|
      <target dev='hda' bus='ide'/>
    </disk>
  </devices>
</domain>`);
    expect(ctx.kind).to.equal('attribute-name');
    if (ctx.kind !== 'attribute-name') return;
    expect(names(ctx)).to.deep.equal(['domain', 'devices', 'disk', 'driver']);
    expect(ctx.prefix).to.equal('ioev');
    expect(text.slice(ctx.span.start, ctx.span.end)).to.equal('ioev');
    // The open disk keeps its attributes, so completion can tell a disk from a cdrom.
    expect(ctx.path[2]!.attributes.get('device')).to.equal('disk');
    expect(ctx.path[3]!.attributes.get('name')).to.equal('qemu');
  });

  it('a value with an unclosed quote ends where the next tag starts', () => {
    const { ctx } = at(`<domain><devices><disk><driver name='qemu' ioeventfd='o|
<target/></disk></devices></domain>`);
    expect(ctx.kind).to.equal('attribute-value');
    if (ctx.kind !== 'attribute-value') return;
    expect(ctx.attribute).to.equal('ioeventfd');
    expect(ctx.prefix).to.equal('o');
    expect(ctx.quote).to.equal("'");
    expect(ctx.value).to.equal('o\n');
    expect(names(ctx)).to.deep.equal(['domain', 'devices', 'disk', 'driver']);
  });

  it('an empty value between double quotes, and the attributes after the cursor are known', () => {
    const { ctx, text } = at(`<domain><devices><disk device="cdrom"><target bus="|" dev="hdc"/></disk></devices></domain>`);
    expect(ctx.kind).to.equal('attribute-value');
    if (ctx.kind !== 'attribute-value') return;
    expect(ctx.attribute).to.equal('bus');
    expect(ctx.prefix).to.equal('');
    expect(ctx.quote).to.equal('"');
    expect(ctx.span.start).to.equal(ctx.span.end);
    expect(text[ctx.span.end]).to.equal('"');
    expect(ctx.path.at(-1)!.attributes.get('dev')).to.equal('hdc');
    expect(ctx.path.at(-2)!.attributes.get('device')).to.equal('cdrom');
  });

  it('right after `=` with no quote yet', () => {
    const { ctx } = at(`<domain><devices><interface type=|`);
    expect(ctx.kind).to.equal('attribute-value');
    if (ctx.kind !== 'attribute-value') return;
    expect(ctx.attribute).to.equal('type');
    expect(ctx.quote).to.equal(undefined);
    expect(ctx.prefix).to.equal('');
  });

  it('a half-typed element name after `<` inside an element with missing end tags', () => {
    const { ctx } = at(`<domain type='kvm'>
  <devices>
    <disk type='file'>
      <source file='/a.img'/>
      <dri|`);
    expect(ctx.kind).to.equal('element-name');
    if (ctx.kind !== 'element-name') return;
    expect(ctx.prefix).to.equal('dri');
    expect(names(ctx)).to.deep.equal(['domain', 'devices', 'disk']);
  });

  it('in text content between elements: the parent chain, with closed siblings popped', () => {
    const { ctx } = at(`<domain>
  <os><type>hvm</type></os>
  <devices>
    <disk type='file'></disk>
    |
  </devices>
</domain>`);
    expect(ctx.kind).to.equal('content');
    expect(names(ctx)).to.deep.equal(['domain', 'devices']);
  });

  it('a mismatched end tag does not close unrelated elements', () => {
    const { ctx } = at(`<domain><devices><disk></target>|</disk></devices></domain>`);
    expect(ctx.kind).to.equal('content');
    expect(names(ctx)).to.deep.equal(['domain', 'devices', 'disk']);
  });

  it('an end tag closes the innermost element of its name, even over unclosed children', () => {
    const { ctx } = at(`<domain><devices><disk><driver name='qemu'></disk>|`);
    expect(names(ctx)).to.deep.equal(['domain', 'devices']);
  });

  it('comments, CDATA and processing instructions hide their contents and say "other" inside', () => {
    expect(at(`<domain><!-- <disk |`).ctx.kind).to.equal('other');
    expect(at(`<domain><![CDATA[ <disk> |]]>`).ctx.kind).to.equal('other');
    expect(at(`<?xml version='1.0'|?><domain>`).ctx.kind).to.equal('other');
    const after = at(`<domain><!-- <disk> --><devices>|`).ctx;
    expect(after.kind).to.equal('content');
    expect(names(after)).to.deep.equal(['domain', 'devices']);
  });

  it('in an end tag name', () => {
    const { ctx } = at(`<domain><devices></dev|`);
    expect(ctx.kind).to.equal('end-tag');
    if (ctx.kind !== 'end-tag') return;
    expect(ctx.prefix).to.equal('dev');
    expect(names(ctx)).to.deep.equal(['domain', 'devices']);
  });

  it('in white space of a start tag is an attribute position; right after a closing quote is not', () => {
    const space = at(`<domain><devices><disk type='file' |device='disk'>`).ctx;
    expect(space.kind).to.equal('attribute-name');
    if (space.kind === 'attribute-name') expect(space.prefix).to.equal('');
    expect(at(`<domain><devices><disk type='file'|>`).ctx.kind).to.equal('tag');
  });

  it('in the middle of an attribute name: prefix before the cursor, the whole name in span', () => {
    const { ctx, text } = at(`<domain><devices><disk><driver ioev|entfd='on'/></disk></devices></domain>`);
    expect(ctx.kind).to.equal('attribute-name');
    if (ctx.kind !== 'attribute-name') return;
    expect(ctx.prefix).to.equal('ioev');
    expect(ctx.name).to.equal('ioeventfd');
    expect(text.slice(ctx.span.start, ctx.span.end)).to.equal('ioeventfd');
  });

  it('a self-closing element does not stay open', () => {
    const { ctx } = at(`<domain><devices><disk><driver name='qemu'/>|`);
    expect(names(ctx)).to.deep.equal(['domain', 'devices', 'disk']);
  });

  it('is exact on a real document: every position of the seed example is scanned without throwing', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
    const kinds = new Set<string>();
    for (let i = 0; i <= text.length; i++) kinds.add(cursorContext(text, i).kind);
    expect([...kinds].sort()).to.deep.equal(['attribute-name', 'attribute-value', 'content', 'element-name', 'end-tag', 'other', 'tag']);
    const onIoeventfd = text.indexOf("ioeventfd='on'") + 3;
    const ctx = cursorContext(text, onIoeventfd);
    expect(ctx.kind).to.equal('attribute-name');
    expect(names(ctx)).to.deep.equal(['domain', 'devices', 'disk', 'driver']);
  });

  it('never throws on truncations of a real document', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'nic-e1000-ioeventfd.xml'), 'utf8');
    for (let cut = 0; cut <= text.length; cut += 7) {
      const part = text.slice(0, cut);
      expect(() => cursorContext(part, part.length)).not.to.throw();
    }
  });

  it('finds the root element name past the XML declaration and comments, tolerating half-typed text', () => {
    expect(rootElementName(`<?xml version="1.0"?>\n<!-- a -->\n<domain type='kvm'>`)).to.equal('domain');
    expect(rootElementName(`<netw`)).to.equal('netw');
    expect(rootElementName(`<!-- unterminated`)).to.equal(undefined);
    expect(rootElementName(`just text`)).to.equal(undefined);
    expect(rootElementName(`<project><domain/></project>`)).to.equal('project');
  });
});
