/**
 * Hover reads each rule's words once per grammar, not on every request: the readings are kept per
 * set of device names, and hover used to build a new set each time (~4 ms of a ~5 ms hover).
 */
import { expect } from 'chai';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules/index.js';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { hover } from '../../src/lsp/hover.js';
import type { Rule } from '../../src/rule.js';

describe('lsp: hover keeps its reading of the rules between requests', () => {
  it("a rule's description is read on the first hover of an attribute and not again on the next ones", () => {
    const index = grammarIndexFor(undefined, 'domain') as GrammarIndex;
    let reads = 0;
    // A domain rule about nothing hovered here: its description is read only to decide that.
    const quiet: Rule = {
      meta: {
        id: 'test/quiet',
        get description(): string {
          reads++;
          return 'Reports a statistics period that is too short';
        },
        defaultSeverity: 'warning',
        docs: 'https://example.invalid/quiet',
      },
      check: () => {},
    } as Rule;
    const rules = [...RULES, quiet];
    const text = `<domain type='kvm'><devices><disk type='file' device='disk'><driver name='qemu' cache='none'/><target dev='vda' bus='virtio'/></disk></devices></domain>`;
    const doc = TextDocument.create('file:///t.xml', 'xml', 1, text);
    const at = (needle: string): number => text.indexOf(needle) + 1;
    const first = hover(doc, at("cache='"), index, rules);
    expect(JSON.stringify(first)).to.contain('cache').and.not.contain('test/quiet');
    const afterFirst = reads;
    expect(afterFirst, 'the first hover reads the rule').to.be.greaterThan(0);
    for (const needle of ["cache='", "name='qemu", "bus='", "dev='vda", "type='file"]) hover(doc, at(needle), index, rules);
    expect(reads - afterFirst, 'descriptions read again by later hovers').to.equal(0);
  });
});
