/**
 * Hover and completion documentation are Markdown, rendered by the editor. Text from the document
 * (an attribute value, a prefix of an element name) reached it raw: a value `![x](https://host/p.png)`
 * was an image VS Code fetches when the hover shows (the document learns who reads it and when), a
 * `[x](command:…)` a link, a blank line and `#` a heading, and a 10 MB value a 10 MB hover.
 *
 * The rendering is markdown-it's (CommonMark, with raw HTML and bare-URL links on, the most a
 * client may do); the assertion is on the HTML it makes: no image, no link but the rules' own
 * documentation, no heading, and the value shown as its own characters.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import type { MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules/index.js';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { completions } from '../../src/lsp/completion.js';
import { hover } from '../../src/lsp/hover.js';
import { markdownCode, markdownEscape, markdownQuote, plainHover, toPlainText } from '../../src/lsp/markup.js';

// markdown-it (a devDependency: VS Code renders with it) has no types of its own here.
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: object) => { render(s: string): string };
const md = new MarkdownIt({ html: true, linkify: true });

/** Where the rules' documentation lives: the only links a hover may hold. */
const DOCS = 'https://github.com/virtlint/virtlint/';

function at(marked: string): { doc: TextDocument; offset: number } {
  const offset = marked.indexOf('|');
  return { doc: TextDocument.create('file:///t.xml', 'xml', 1, marked.slice(0, offset) + marked.slice(offset + 1)), offset };
}

function hoverMarkdown(index: GrammarIndex, marked: string): string {
  const { doc, offset } = at(marked);
  const value = (hover(doc, offset, index, RULES)?.contents as MarkupContent | undefined)?.value;
  expect(value, `a hover at ${marked}`).to.be.a('string');
  return value as string;
}

/** The rendered HTML's images, foreign links, headings and raw tags the document brought. */
function hostileHtml(markdown: string): string[] {
  const html = md.render(markdown);
  const found: string[] = [];
  for (const m of html.matchAll(/<img\b[^>]*>|<h\d\b[^>]*>|<script\b|<iframe\b|<(?:wwn|vendor|product|serial)>/g)) found.push(m[0]);
  for (const m of html.matchAll(/<a\b[^>]*href="([^"]*)"/g)) if (!(m[1] as string).startsWith(DOCS)) found.push(m[0]);
  return found;
}

const textOf = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');

describe('robustness: document text in hover and completion Markdown is shown, never rendered', function () {
  this.timeout(60000);
  let index: GrammarIndex;
  before(() => {
    index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
  });

  const image = '![x](https://evil.example/p.png)';
  const command = '[run](command:a.b)';

  it('an attribute value the grammar does not allow: no image to fetch, no command link, no bare-URL link, no HTML', () => {
    const value = `disk${image}${command} www.e.example &lt;b&gt;`;
    const markdown = hoverMarkdown(index, `<domain type='kvm'><devices><disk type='file' device='${value.slice(0, 1)}|${value.slice(1)}'/></devices></domain>`);
    expect(hostileHtml(markdown)).to.deep.equal([]);
    // Shown as the characters it is made of, quoted.
    expect(textOf(md.render(markdown))).to.contain(`'${value}' is not one of the values the grammar allows here.`);
  });

  it('a value with line breaks cannot start a heading or a new paragraph of its own', () => {
    const markdown = hoverMarkdown(index, `<domain type='kvm'><devices><disk type='file' device='d|isk\n\n# Owned\n\n${image}'/></devices></domain>`);
    expect(hostileHtml(markdown)).to.deep.equal([]);
    expect(textOf(md.render(markdown))).to.contain("'disk\\n\\n# Owned\\n\\n![x](https://evil.example/p.png)' is not one of");
  });

  it('a 10 MB value gives a hover of bounded size, quoting its start and its length', () => {
    const markdown = hoverMarkdown(index, `<domain type='kvm'><devices><disk type='file' device='d|${'x'.repeat(10_000_000)}'/></devices></domain>`);
    expect(markdown.length).to.be.below(10_000);
    expect(textOf(md.render(markdown))).to.contain(`'d${'x'.repeat(79)}…' (10000001 characters) is not one of`);
  });

  // Prefixes are the document's: a backtick in one closed the code span the name was shown in.
  // (`&#58;` and `&#47;` are ':' and '/' in a Markdown link, which would have ended the prefix.)
  const prefix = 'q`![a](https&#58;&#47;&#47;evil.example&#47;p.png)`';
  const qemu = (inner: string): string =>
    `<domain type='kvm' xmlns:${prefix}="http://libvirt.org/schemas/domain/qemu/1.0"><${prefix}:commandline>${inner}</${prefix}:commandline></domain>`;

  it('an element name written with a hostile prefix stays inside its code span (hover on an attribute and on an element)', () => {
    for (const marked of [qemu(`<${prefix}:arg val|ue='x'/>`), qemu(`<${prefix}:a|rg value='x'/>`)]) {
      const markdown = hoverMarkdown(index, marked);
      expect(hostileHtml(markdown), marked).to.deep.equal([]);
      expect(textOf(md.render(markdown)), marked).to.contain(`<${prefix}:commandline>`);
    }
  });

  it('completion documentation: the parent named with a hostile prefix stays inside its code span', () => {
    const { doc, offset } = at(qemu(`<${prefix}:arg |/>`));
    const docs = completions(doc, offset, index, { snippets: false }).map((i) => (i.documentation as MarkupContent).value);
    expect(docs.length).to.be.greaterThan(0);
    for (const markdown of docs) expect(hostileHtml(markdown), markdown).to.deep.equal([]);
  });

  it("rules' descriptions are text too: their <tags> are shown, not dropped as HTML", () => {
    const markdown = hoverMarkdown(index, `<domain type='kvm'><devices><disk type='block' device='l|un'/></devices></domain>`);
    expect(hostileHtml(markdown)).to.deep.equal([]);
    expect(textOf(md.render(markdown))).to.contain('<wwn>, <vendor>, <product>, or <serial>');
  });

  it('any text of up to 80 characters: rendered, it is exactly the text (quoted, or as code) and no markup; as plain text too', () => {
    // Printable ASCII and a few others: every Markdown special character is in reach; controls are shown as escapes (tested above).
    // eslint-disable-next-line no-control-regex -- leaving controls out is the point
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...'`*_[]()!<>&#\\:/.-|~=+ \'"{}'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), fc.constantFrom('é', '😀', 'www.', 'https://', 'command:')), maxLength: 20 }).filter((s) => s.length <= 80 && !/[\u0000-\u001f\u007f]/.test(s));
    fc.assert(
      fc.property(text, (s) => {
        const quoted = `${markdownQuote(s)} is not allowed`;
        const html = md.render(quoted);
        expect(html.replace(/^<p>|<\/p>\n$/g, ''), quoted).to.not.match(/<(?!\/?code>)/);
        expect(textOf(html).trim(), quoted).to.equal(`'${s}' is not allowed`.trim());
        expect(toPlainText({ kind: 'markdown', value: quoted }).value).to.equal(`'${s}' is not allowed`);
        // A rule's description, after its link in a hover's list of rules.
        const described = `- [\`r\`](https://r.invalid): ${markdownEscape(s)}`;
        const describedHtml = md.render(described);
        expect(describedHtml.match(/<(?!\/?(?:code|ul|li|a)\b)/)?.[0], described).to.equal(undefined);
        expect(describedHtml.match(/<a /g)?.length, described).to.equal(1);
        expect(textOf(describedHtml).trim(), described).to.equal(`r: ${s}`.trim());
        if (s.trim() !== '') {
          const code = `In ${markdownCode(s)} here`;
          const codeHtml = md.render(code);
          expect(codeHtml.match(/<code>/g)?.length, code).to.equal(1);
          expect(codeHtml.replace(/<\/?code>/g, '').replace(/^<p>|<\/p>\n$/g, ''), code).to.not.match(/</);
          expect(textOf(codeHtml).trim(), code).to.equal(`In ${s} here`);
          expect(toPlainText({ kind: 'markdown', value: code }).value, code).to.equal(`In ${s} here`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('for clients without Markdown, the value reads as written, without the escapes', () => {
    const marked = `<domain type='kvm'><devices><disk type='file' device='d|isk${image}'/></devices></domain>`;
    const { doc, offset } = at(marked);
    const plain = plainHover(hover(doc, offset, index, RULES))?.contents as MarkupContent;
    expect(plain.kind).to.equal('plaintext');
    expect(plain.value).to.contain(`'disk${image}' is not one of the values the grammar allows here.`);
    expect(plain.value).to.contain('<wwn>, <vendor>, <product>, or <serial>');
  });
});
