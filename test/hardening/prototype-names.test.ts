import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { expandRuleAliases } from '../../rules/aliases.js';
import { profileFromDomainCapabilities } from '../../src/caps/domcaps.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { ConfigError, ConfigResolver, validateConfig } from '../../src/config/index.js';
import { registryOfConfig } from '../../src/config/plugins.js';
import type { RuleSetting } from '../../src/linter/lint.js';
import { DIAGNOSTIC_IDS } from '../../src/diagnostic-ids.js';
import { lintText } from '../../src/linter/lint.js';
import { usbBuses } from '../../src/model/usb-topology.js';
import { parseTargets } from '../../src/targets/index.js';
import { elementKey, scopeWithin } from '../../src/targets/document-keys.js';
import { parseXml } from '../../src/xml/parse.js';
import type { Diagnostic } from '../../src/types.js';
import { CORPUS } from '../helpers/paths.js';
import { model } from '../model/helpers.js';

/**
 * Names of Object.prototype members written where a document or a configuration puts a name or a
 * value. A plain-object table indexed with one answers a function (or Object.prototype itself), so
 * a rule crashed or reported a finding about "function Object() { [native code] }".
 */
const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

/** Text only an inherited member turned into a string can put in a message. */
const LEAKED = /\[native code\]|\[object Object\]/;

/** Real documents covering disks, hostdevs, serials, PCI and USB controllers, graphics, NICs. */
const DOCUMENTS = [
  'xmlparse_bootorder-in.xml',
  'xmlparse_controller-attached-devices.xml',
  'xmlparse_change-disk-in.xml',
  'cli_compare_virt-install-mdev-devices.xml',
  'cli_compare_virt-clone-serial.xml',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Variants of a document: one element name, attribute name, attribute's values or text at a time replaced by `p`. */
function variants(text: string, p: string): { what: string; text: string }[] {
  const distinct = (re: RegExp): Set<string> => new Set([...text.matchAll(re)].map((m) => m[1] as string));
  const out: { what: string; text: string }[] = [];
  for (const e of distinct(/<([A-Za-z_][\w.-]*)/g)) {
    out.push({ what: `element <${e}>`, text: text.replace(new RegExp(`(</?)${escape(e)}(?=[\\s/>])`, 'g'), `$1${p}`) });
  }
  for (const a of distinct(/\s([A-Za-z_][\w.:-]*)=['"]/g)) {
    if (!a.startsWith('xmlns')) out.push({ what: `attribute ${a}`, text: text.replace(new RegExp(`(\\s)${escape(a)}(?==['"])`, 'g'), `$1${p}`) });
    out.push({ what: `values of ${a}`, text: text.replace(new RegExp(`(\\s${escape(a)}=)(['"])[^'"]*\\2`, 'g'), `$1$2${p}$2`) });
  }
  for (const t of distinct(/>([^<>\s][^<>]*)</g)) out.push({ what: `text '${t.slice(0, 30)}'`, text: text.split(`>${t}<`).join(`>${p}<`) });
  return out;
}

const HEAD = "<domain type='kvm'><name>p</name><memory>1048576</memory><os><type arch='x86_64' machine='q35'>hvm</type></os>";
const withDevices = (devices: string): string => `${HEAD}<devices>${devices}</devices></domain>`;
const findingsOf = async (text: string, ruleId: string): Promise<Diagnostic[]> => (await lintText(text)).diagnostics.filter((d) => d.ruleId === ruleId);
const broken = (d: Diagnostic): boolean => d.ruleId === DIAGNOSTIC_IDS.internal || d.ruleId === DIAGNOSTIC_IDS.ruleCrashed || LEAKED.test(d.message);

describe('prototype member names in documents and configurations', function () {
  this.timeout(120000);

  it('corpus documents with element names, attribute names, values and text replaced by prototype names: no crash, no leaked member', async () => {
    const targets = parseTargets(['libvirt@8.0.0', 'qemu@6.2.0']);
    const capabilities = createCapabilityResolver({ capsFile: path.resolve(CORPUS, '../../caps/kvm-x86_64-domcaps-latest.xml'), probe: false, cache: false });
    const problems: string[] = [];
    let lints = 0;
    for (const file of DOCUMENTS) {
      const original = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      for (const p of PROTO_NAMES) {
        for (const v of variants(original, p)) {
          lints++;
          try {
            const r = await lintText(v.text, { filePath: file, targets, capabilities });
            for (const d of r.diagnostics) if (broken(d)) problems.push(`${file}, ${v.what} → '${p}': ${d.ruleId}: ${d.message}`);
          } catch (e) {
            problems.push(`${file}, ${v.what} → '${p}': lintText threw ${(e as Error).stack ?? String(e)}`);
          }
        }
      }
    }
    expect(lints).to.be.above(3000);
    expect([...new Set(problems)].slice(0, 20)).to.deep.equal([]);
  });

  describe('rules whose tables answered inherited members', () => {
    for (const p of PROTO_NAMES) {
      it(`'${p}' as a value gives no crash and no finding about a table's member`, async () => {
        const hostdev = `<hostdev mode='subsystem' type='${p}'><source/><address type='pci' domain='0' bus='1' slot='0' function='0'/></hostdev>`;
        const pci = `<controller type='pci' index='0' model='pcie-root'/><controller type='pci' index='1' model='${p}'><address type='pci' domain='0' bus='0' slot='2' function='0'/></controller>`;
        const serial = `<serial type='pty'><target type='isa-serial' port='0'><model name='${p}'/></target></serial><serial type='pty'><target type='${p}' port='1'/><address type='pci'/></serial>`;
        const diskBus = `<disk type='file' device='disk'><source file='/x.img'/><target dev='sda' bus='${p}'/><address type='pci'/></disk>`;
        const diskType = `<disk type='${p}' device='disk'><target dev='vda' bus='virtio'/></disk>`;
        const usb = `<controller type='usb' index='0' model='${p}'/><input type='tablet' bus='usb'><address type='usb' bus='0' port='9'/></input>`;
        for (const [rule, devices] of [
          ['hostdev-address-type', hostdev], // crashed: allowed.includes is not a function
          ['pci-controller-placement', pci], // crashed: allowed.includes is not a function
          ['serial-target-compat', serial], // "model belongs to target type 'function Object() …'"
          ['disk-address-type-matches-bus', diskBus], // "needs <address type='function Object() …'>"
          ['disk-source-required', diskType], // "name it in <source function Object() …='…'>"
          ['usb-address-valid', usb],
        ] as const) {
          const all = (await lintText(withDevices(devices))).diagnostics;
          expect(all.filter(broken).map((d) => `${d.ruleId}: ${d.message}`), rule).to.deep.equal([]);
          expect((await findingsOf(withDevices(devices), rule)).map((d) => d.message), rule).to.deep.equal([]);
        }
      });
    }

    it('still reports the ordinary cases those tables are for', async () => {
      expect(await findingsOf(withDevices("<hostdev mode='subsystem' type='usb'><source/><address type='pci'/></hostdev>"), 'hostdev-address-type')).to.have.length(1);
      expect(await findingsOf(withDevices("<disk type='file' device='disk'><target dev='vda' bus='virtio'/></disk>"), 'disk-source-required')).to.have.length(1);
      expect(await findingsOf(withDevices("<disk type='file' device='disk'><source file='/x'/><target dev='sda' bus='sata'/><address type='pci'/></disk>"), 'disk-address-type-matches-bus')).to.have.length(1);
      expect(await findingsOf(withDevices("<serial type='pty'><target type='isa-serial'><model name='pci-serial'/></target></serial>"), 'serial-target-compat')).to.have.length(1);
    });
  });

  it('a USB controller model named like a member has no known port count (was the member itself)', () => {
    for (const p of PROTO_NAMES) {
      const bus = usbBuses(model(withDevices(`<controller type='usb' index='0' model='${p}'/>`))).get(0);
      expect(bus?.ports, p).to.equal(undefined);
    }
  });

  it('a capabilities file naming a device or enum like a member keeps it as its own entry', () => {
    const xml = `<domainCapabilities><arch>x86_64</arch><devices><__proto__ supported='yes'><enum name='constructor'><value>a</value></enum></__proto__><disk supported='yes'><enum name='bus'><value>virtio</value></enum></disk></devices></domainCapabilities>`;
    const doc = parseXml(xml);
    if (!doc.ok) throw new Error('not parsed');
    const profile = profileFromDomainCapabilities(doc.document.root, 'caps.xml');
    expect(Object.getPrototypeOf(profile.supported)).to.equal(Object.prototype);
    expect(Object.hasOwn(profile.supported ?? {}, '__proto__') && profile.supported?.['__proto__']).to.equal(true);
    expect(profile.enums?.['__proto__.constructor']).to.deep.equal(['a']);
    expect(profile.enums?.['disk.bus']).to.deep.equal(['virtio']);
  });

  it('a namespace URI named like a prototype member is written as {uri}, not as a table member', () => {
    for (const p of PROTO_NAMES) {
      const doc = parseXml(`<domain type='kvm' xmlns:x='${p}'><name>n</name><x:thing/></domain>`);
      if (!doc.ok) throw new Error('not parsed');
      const thing = doc.document.root.children.find((c) => c.name === 'x:thing');
      // Was 'domain/function Object() { [native code] }:thing' for 'constructor'.
      expect(elementKey(thing!, scopeWithin(thing!, scopeWithin(doc.document.root, undefined)), 'domain'), p).to.equal(`domain/{${p}}thing`);
    }
  });

  describe('configuration', () => {
    const json = (text: string): unknown => JSON.parse(text) as unknown;

    for (const p of PROTO_NAMES) {
      it(`rule id '${p}' is an unknown rule in a file, and an override kept as given like any unknown id`, async () => {
        expect(() => validateConfig([{ rules: json(`{"${p}": "error"}`) }], 'virtlint.config.json', '/tmp')).to.throw(ConfigError, `unknown rule '${p}'`);
        // The API takes overrides as given (the CLI checks --rule first): an unknown id is kept and
        // changes nothing. It used to crash: the merge read Object.prototype's member as a setting.
        const overrides = json(`{"${p}": "error", "disk-source-required": "warn"}`) as Record<string, RuleSetting>;
        const eff = await new ConfigResolver({ noConfig: true, ruleOverrides: overrides }).forFile('/tmp/proto-keys-none/a.xml');
        expect(Object.hasOwn(eff.rules, p) && eff.rules[p]).to.equal('error');
        expect(Object.getPrototypeOf(eff.rules)).to.equal(Object.prototype);
        expect(eff.rules['disk-source-required']).to.equal('warn');
        const doc = withDevices("<disk type='file' device='disk'><target dev='vda' bus='virtio'/></disk>");
        const r = await lintText(doc, { rules: eff.rules });
        expect(r.diagnostics.filter((d) => d.ruleId === 'disk-source-required').map((d) => d.severity)).to.deep.equal(['warning']);
      });

      it(`a plugin namespace '${p}' is not taken for one that another entry defined`, () => {
        const plugin = { rules: {} };
        const config = [{ plugins: json(`{"${p}": 0}`) }].map(() => ({ plugins: Object.fromEntries([[p, plugin]]) }));
        // Was "another entry already defines plugin 'constructor' as a different object".
        const registry = () => registryOfConfig(config, 'virtlint.config.mjs', true);
        if (p === '__proto__') expect(registry).to.throw(ConfigError, 'a plugin namespace is letters'); // the namespace syntax's own answer
        else expect(registry().namespaces).to.include(p);
      });
    }

    it("rule settings with an alias keep an id '__proto__' as a key, not as their prototype", () => {
      const out = expandRuleAliases(json('{"disk-lun-rules": "off", "__proto__": ["warn"]}') as Record<string, RuleSetting>);
      expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
      expect(Object.hasOwn(out, '__proto__')).to.equal(true);
      expect(out['disk-lun-bus']).to.equal('off');
    });

    it("a settings key '__proto__' is refused; other keys named like members are kept as given", () => {
      expect(() => validateConfig([{ settings: json('{"__proto__": {"target": "libvirt@1.0.0"}}') }], 'virtlint.config.json', '/tmp')).to.throw(ConfigError, '__proto__');
      const [entry] = validateConfig([{ settings: json('{"constructor": 1, "toString": "x"}') }], 'virtlint.config.json', '/tmp');
      expect(entry?.settings).to.deep.equal({ constructor: 1, toString: 'x' });
    });
  });
});
