/**
 * Red team: completion snippets carry names as the document writes them — a namespace prefix is the
 * document's choice. An element offered in content came as the snippet `<PREFIX:name$1>$0</…>` with
 * the prefix unescaped: a document declaring `xmlns:q$CLIPBOARD="…"` had the editor insert the user's
 * clipboard (snippet variables: `$CLIPBOARD`, `$TM_FILENAME`, `${WORKSPACE_FOLDER}`…) where the item
 * showed `q$CLIPBOARD:commandline`. Every snippet now means its label: its only `$` are its own tab
 * stops and choices.
 */
import { expect } from 'chai';
import { type CompletionItem, InsertTextFormat } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { completions } from '../../src/lsp/completion.js';

const QEMU = 'http://libvirt.org/schemas/domain/qemu/1.0';

/**
 * The text a snippet inserts with its tab stops and choices left empty, per the LSP snippet grammar
 * (`\\$`, `\\}` and `\\\\` are escapes; `$n`, `${n}`, `${n:…}` and `${n|…|}` tab stops); undefined when
 * anything else is left, such as a variable (`$NAME`, `${NAME}`), which the editor would expand.
 */
function snippetText(snippet: string): string | undefined {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i] as string;
    if (c === '\\' && /[$}\\]/.test(snippet[i + 1] ?? '')) {
      out += snippet[++i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    const stop = /^\$(\d+|\{\d+\}|\{\d+\|[^|]*\|\}|\{\d+:[^}]*\})/.exec(snippet.slice(i));
    if (!stop) return undefined;
    i += (stop[0] as string).length - 1;
  }
  return out;
}

function itemsAt(index: GrammarIndex, marked: string): CompletionItem[] {
  const at = marked.indexOf('|');
  const doc = TextDocument.create('file:///t.xml', 'xml', 1, marked.slice(0, at) + marked.slice(at + 1));
  return completions(doc, at, index, { snippets: true });
}

describe('red team: completion snippets insert what their labels say, whatever the document names', function () {
  this.timeout(60000);
  let index: GrammarIndex;
  before(() => {
    index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
  });

  it('the check of the check: a snippet variable is found, escapes and tab stops are read', () => {
    expect(snippetText('<a$1>$0</a>')).to.equal('<a></a>');
    expect(snippetText('x=\\$y ${1|a,b|}')).to.equal('x=$y ');
    expect(snippetText('<q$CLIPBOARD:a$1/>')).to.equal(undefined);
    expect(snippetText('${TM_FILENAME}')).to.equal(undefined);
  });

  // The `$` ones were expanded before; a backslash and a brace were read right already (kept).
  for (const prefix of ['q$CLIPBOARD', 'q${TM_FILENAME}', 'q$1x', 'q\\x', 'q}x']) {
    it(`a prefix ${prefix}: elements in content and attributes in a tag insert their labels`, () => {
      const decl = `xmlns:${prefix}="${QEMU}"`;
      const places = [
        `<domain type='kvm' ${decl}><name>a</name>|</domain>`,
        `<domain type='kvm' ${decl}><name>a</name><${prefix}:commandline>|</${prefix}:commandline></domain>`,
        `<domain type='kvm' ${decl}><name>a</name><${prefix}:commandline><${prefix}:arg |/></${prefix}:commandline></domain>`,
      ];
      let withPrefix = 0;
      for (const marked of places) {
        for (const item of itemsAt(index, marked)) {
          const snippet = item.insertTextFormat === InsertTextFormat.Snippet ? (item.textEdit?.newText ?? item.insertText) : undefined;
          if (snippet === undefined) continue;
          const text = snippetText(snippet);
          expect(text, `${item.label}: ${snippet}`).to.be.a('string');
          expect(text?.replace(/^</, '').startsWith(item.label), `${item.label}: ${snippet}`).to.equal(true);
          if (item.label.startsWith(`${prefix}:`)) withPrefix++;
        }
      }
      expect(withPrefix, 'items named with the prefix were offered').to.be.greaterThan(0);
    });
  }
});
