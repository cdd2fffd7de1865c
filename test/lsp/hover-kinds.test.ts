/**
 * Hover in documents other than domains: the rules listed are those the linter runs on that kind of
 * document, about the element or attribute under the cursor. Every finding of a rule of another kind than the domain
 * on its page's examples is hovered where it points (a finding on an element's text: at the element's
 * name), and the rule must be listed there. Where such a rule reports is its own `meta.reportsOn`,
 * which every one of them must give, naming what its kind's grammar has.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../rules/index.js';
import { grammarIndexFor, type GrammarIndex } from '../../src/grammar/index.js';
import { lintText } from '../../src/index.js';
import type { RuleSetting } from '../../src/linter/lint.js';
import { hover } from '../../src/lsp/hover.js';
import { ruleDocument } from '../../src/rule.js';
import type { DocumentKind } from '../../src/types.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** The rule ids a hover lists (its "Rules:" section). */
function listedAt(kind: DocumentKind, text: string, offset: number, settings?: Readonly<Record<string, RuleSetting>>): string[] {
  const index = grammarIndexFor(undefined, kind) as GrammarIndex;
  const value = (hover(TextDocument.create('file:///t.xml', 'xml', 1, text), offset, index, RULES, settings)?.contents as MarkupContent | undefined)?.value ?? '';
  return [...value.matchAll(/^- \[`([^`]+)`\]/gm)].map((m) => m[1] as string);
}

/** The rules a hover at the `|` of `marked` lists (with these rule settings: configured policies). */
function listed(kind: DocumentKind, marked: string, settings?: Readonly<Record<string, RuleSetting>>): string[] {
  const at = marked.indexOf('|');
  return listedAt(kind, marked.slice(0, at) + marked.slice(at + 1), at, settings);
}

/**
 * Every element path of a kind's grammar (from its root, each name once per path, to a depth past
 * any document's), with the attribute names allowed on the element there.
 */
function grammarPaths(index: GrammarIndex, root: string): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const walk = (path: readonly string[]): void => {
    const summary = index.describe(path);
    if (!summary || path.length > 12) return;
    out.set(path.join('/'), summary.attributes.map((a) => a.name));
    for (const child of summary.children) if (!path.includes(child.name)) walk([...path, child.name]);
  };
  walk([root]);
  return out;
}

/** Whether a `meta.reportsOn` suffix names an element (and attribute) the grammar has. */
function inGrammar(paths: Map<string, readonly string[]>, suffix: string): boolean {
  const [elements, attribute] = suffix.split('@') as [string, string | undefined];
  const want = elements.split('/');
  return [...paths].some(([p, attributes]) => {
    const have = p.split('/');
    if (want.length > have.length || !want.every((w, i) => w === '*' || have[have.length - want.length + i] === w)) return false;
    return attribute === undefined || (attribute === '*' ? attributes.length > 0 : attributes.includes(attribute));
  });
}

const NETWORK = (inside: string): string => `<network><name>n</name>${inside}</network>`;

describe('lsp: hover lists the rules of the document kind, about what is under the cursor', function () {
  this.timeout(60000);

  const kinds: readonly (readonly [string, DocumentKind])[] = [['network-', 'network'], ['pool-', 'pool'], ['volume-', 'volume'], ['secret-', 'secret'], ['nwfilter-', 'filter']];
  for (const [prefix, kind] of kinds) {
    it(`lists each ${prefix}* rule where it reports on its page's examples`, async () => {
      const pages = fs.readdirSync(path.join(REPO_ROOT, 'docs/rules')).filter((f) => f.startsWith(prefix));
      const missed: string[] = [];
      let findings = 0;
      for (const page of pages) {
        for (const [, text] of fs.readFileSync(path.join(REPO_ROOT, 'docs/rules', page), 'utf8').matchAll(/```xml\n([\s\S]*?)```/g)) {
          const { diagnostics } = await lintText(text as string, { filePath: 'example.xml' });
          for (const d of diagnostics.filter((x) => x.ruleId.startsWith(prefix))) {
            findings++;
            // On an element's text there is nothing to hover: its name is where an editor shows the rules.
            const inTag = (text as string).lastIndexOf('<', d.range.start.offset) > (text as string).lastIndexOf('>', d.range.start.offset - 1);
            const at = inTag ? d.range.start.offset : (text as string).lastIndexOf('<', d.range.start.offset) + 1;
            if (!listedAt(kind, text as string, at).includes(d.ruleId)) missed.push(`${page} ${d.range.start.line}:${d.range.start.column} ${d.ruleId}`);
          }
        }
      }
      expect(findings, `findings of ${prefix}* rules on their pages`).to.be.at.least(pages.length);
      expect(missed, 'findings whose rule the hover where they point does not list').to.deep.equal([]);
    });
  }

  it('every rule of a document other than the domain says where it reports (meta.reportsOn), on what its grammar has', () => {
    const others = RULES.filter((r) => ruleDocument(r) !== 'domain');
    expect(others.length, 'bundled rules of other documents').to.be.at.least(33);
    expect(
      others.filter((r) => !r.meta.reportsOn?.length).map((r) => r.meta.id),
      'rules without meta.reportsOn (hover would read their words as a domain rule\'s)',
    ).to.deep.equal([]);
    const unknown: string[] = [];
    for (const rule of others) {
      const kind = ruleDocument(rule);
      const paths = grammarPaths(grammarIndexFor(undefined, kind) as GrammarIndex, kind);
      for (const suffix of rule.meta.reportsOn ?? []) if (!inGrammar(paths, suffix)) unknown.push(`${rule.meta.id}: ${suffix}`);
    }
    expect(unknown, 'reportsOn paths naming no element or attribute of the kind\'s grammar').to.deep.equal([]);
  });

  it('names a network element or attribute by its own rules, not by a word another rule uses', () => {
    const range = listed('network', NETWORK(`<ip address='192.168.1.1' prefix='24'><dhcp><range st|art='192.168.1.2' end='192.168.1.9'/></dhcp></ip>`));
    expect(range).to.include('network-dhcp-range');
    // network-forward-nat speaks of a <nat><address>'s start, not of a DHCP range's.
    expect(range).to.not.include('network-forward-nat');
    expect(listed('network', NETWORK(`<forward mode='nat'><nat><addr|ess start='10.0.0.1' end='10.0.0.9'/></nat></forward>`))).to.deep.equal(['network-forward-nat']);
    expect(listed('network', NETWORK(`<dns><srv service='ldap' protocol='tcp' prio|rity='1'/></dns>`))).to.deep.equal(['network-dns-records']);
    expect(listed('network', NETWORK(`<portgroup na|me='a'/>`))).to.deep.equal(['network-portgroup-unique']);
    expect(listed('network', NETWORK(`<forward mode='private'><interface d|ev='eth0'/></forward>`))).to.include('network-forward-devices');
    expect(listed('network', NETWORK(`<forward mode='bridge'/><bridge name='br0' s|tp='on'/>`))).to.deep.equal(['network-forward-mode-elements']);
    expect(listed('network', NETWORK(`<ip address='192.168.1.1' pre|fix='24'/>`))).to.deep.equal(['network-ip-prefix']);
    expect(listed('pool', `<pool type='dir'><name>p</name><target><path>/p</path><permissions><mo|de>0755</mode></permissions></target></pool>`)).to.deep.equal(['pool-permissions-mode']);
  });

  it('lists no domain rule (nor a configured policy) in documents the domain rules never check', () => {
    // A filter's <ip> is a network filter rule's protocol element: its own rules, no domain interface's.
    const filterIp = listed('filter', `<filter name='f'><rule action='accept' direction='in'><i|p srcipaddr='10.0.0.1'/></rule></filter>`);
    expect(filterIp).to.include('nwfilter-ip-address');
    expect(filterIp.filter((id) => !id.startsWith('nwfilter-'))).to.deep.equal([]);
    expect(listed('filter', `<filter name='f'><rule action='accept' direction='in'><ip src|ipaddr='10.0.0.1'/></rule></filter>`)).to.have.members(['nwfilter-ip-address', 'nwfilter-value-whitespace', 'nwfilter-variable']);
    expect(listed('domainsnapshot', `<domainsnapshot><disks><di|sk name='vda' snapshot='external'><driver type='qcow2'/></disk></disks></domainsnapshot>`)).to.deep.equal([]);
    // A configured policy selecting `name` reads a domain's <name>, not a network's: policy checks domains only.
    const policy: Record<string, RuleSetting> = { policy: ['error', { name: 'names', select: 'name', pattern: '^vm-' }] };
    expect(listed('network', `<network><na|me>lab</name></network>`, policy)).to.deep.equal([]);
    expect(listed('domain', `<domain type='kvm'><na|me>lab</name></domain>`, policy)).to.include('policy');
    // …and still lists them in a domain.
    expect(listed('domain', `<domain type='kvm'><devices><disk type='file' device='disk'><driver io|eventfd='on'/><target dev='hda' bus='ide'/></disk></devices></domain>`)).to.include('ioeventfd-requires-virtio');
  });
});
