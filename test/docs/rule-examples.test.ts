/**
 * Every rule page's examples do what the page says: each ```xml block under "## Incorrect" makes the
 * rule report, and each under "## Correct" does not. The blocks are fragments (a `<disk>`, a
 * `<driver>`, an `<os>`…); they are put where they belong in a minimal x86_64 i440fx domain (the
 * machine a page assumes unless its example names another) and the whole pipeline lints it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText, type RuleSetting } from '../../src/index.js';
import { parseXml } from '../../src/xml/parse.js';
import { RULES } from '../../rules/index.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** Elements that go under <devices> (a `<memory model=…>` is a memory device, a bare `<memory>` the domain's size). */
const DEVICES = new Set(['disk', 'interface', 'controller', 'hostdev', 'graphics', 'video', 'sound', 'audio', 'input', 'serial', 'parallel', 'console', 'channel', 'redirdev', 'smartcard', 'hub', 'rng', 'tpm', 'watchdog', 'panic', 'filesystem', 'shmem', 'vsock', 'iommu', 'emulator', 'memballoon', 'lease', 'crypto', 'pstore', 'redirfilter']);

/** Where an element that is not a domain child belongs, for the rules of a given prefix. */
function parentFor(ruleId: string, name: string): ((inner: string) => string) | undefined {
  const disk = (inner: string): string => `<disk type='file' device='disk'><source file='/var/lib/libvirt/images/a.img'/><target dev='vda' bus='virtio'/>${inner}</disk>`;
  const nic = (inner: string): string => `<interface type='network'><source network='default'/><model type='virtio'/>${inner}</interface>`;
  if (ruleId.startsWith('disk-') && ['driver', 'iotune', 'serial', 'source', 'target', 'address', 'geometry', 'blockio'].includes(name)) return (i) => `<devices>${disk(i)}</devices>`;
  if (ruleId.startsWith('net-') && ['driver', 'source', 'target', 'address', 'mtu', 'model', 'teaming', 'ip', 'route'].includes(name)) return (i) => `<devices>${nic(i)}</devices>`;
  if (name === 'cell') return (i) => `<cpu><numa>${i}</numa></cpu>`;
  if (name === 'numa' || name === 'topology' || name === 'cache') return (i) => `<cpu>${i}</cpu>`;
  if (name === 'nvram' || name === 'loader') return (i) => `<os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type>${i}</os>`;
  return undefined;
}

/** The ```xml blocks of a page's section. */
function examples(page: string, heading: string): string[] {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const end = page.indexOf('\n## ', start + 4);
  return [...page.slice(start, end < 0 ? undefined : end).matchAll(/```xml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** A whole domain holding the fragment. */
function domainFor(ruleId: string, fragment: string): string {
  // A whole document is linted as written: a domain, a network, a storage pool or a network filter (the pages of network, pool and nwfilter rules).
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:domain|network|pool|volume|secret|filter)[\s>]/.test(fragment)) return fragment;
  const wrapped = `<r>${fragment}</r>`;
  const parsed = parseXml(wrapped);
  if (!parsed.ok) throw new Error(`${ruleId}: an example that does not parse`);
  const top: [string, string][] = [];
  const devices: string[] = [];
  for (const child of parsed.document.root.children) {
    const text = wrapped.slice(child.range.start.offset, child.range.end.offset);
    const parent = parentFor(ruleId, child.name);
    if (parent) top.push([child.name, parent(text)]);
    else if (DEVICES.has(child.name) || (child.name === 'memory' && /\smodel=/.test(text))) devices.push(text);
    else top.push([child.name, text]);
  }
  // Parts the fragment brings (an <os>, <devices>) replace the defaults; devices join its <devices>.
  const has = (n: string): boolean => top.some(([name, text]) => name === n || text.startsWith(`<${n}>`) || text.startsWith(`<${n} `));
  const own = top.map(([, t]) => t).join('\n');
  const devicesText = devices.join('\n');
  return [
    "<domain type='kvm'>",
    has('name') ? '' : '<name>t</name>',
    has('memory') ? '' : "<memory unit='KiB'>1048576</memory>",
    has('os') ? '' : "<os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type></os>",
    has('devices') ? own.replace(/<devices>/, `<devices>\n${devicesText}\n`) : `${own}\n<devices>\n${devicesText}\n</devices>`,
    '</domain>',
  ].join('\n');
}

const POLICY_OPTIONS = /```json\n([\s\S]*?)```/;

describe('rule pages: the examples', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    if (rule.meta.needsCapabilities) continue; // their pages' examples need an emulator's capabilities (test/caps/rules.test.ts)
    it(`${id}: Incorrect reports, Correct does not`, async () => {
      const page = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      // `policy` and each kind's `policy-<kind>` do nothing without options: the page's first JSON configuration gives them.
      const setting: RuleSetting = id === 'policy' || id.startsWith('policy-') ? (JSON.parse(POLICY_OPTIONS.exec(page)![1]!) as { rules: Record<string, RuleSetting> }[])[0]!.rules[id]! : 'error';
      const incorrect = examples(page, 'Incorrect');
      const correct = examples(page, 'Correct');
      expect(incorrect.length, 'Incorrect examples').to.be.greaterThan(0);
      expect(correct.length, 'Correct examples').to.be.greaterThan(0);
      const problems: string[] = [];
      for (const [kind, blocks, wanted] of [['Incorrect', incorrect, true], ['Correct', correct, false]] as const) {
        for (const [i, block] of blocks.entries()) {
          const result = await lintText(domainFor(id, block), { filePath: path.join(REPO_ROOT, 'docs', 'rules', 'example.xml'), rules: { [id]: setting } });
          const reports = result.diagnostics.filter((d) => d.ruleId === id);
          if ((reports.length > 0) !== wanted) problems.push(`${kind} example ${i + 1}: ${reports.length} report(s)${reports.length ? `: ${reports[0]!.message}` : ''}`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
