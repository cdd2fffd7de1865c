import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { RULES_BY_ID } from '../../rules/index.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { lintText } from '../../src/linter/lint.js';
import { defineVerdict, type DefineVerdict, isSchemaRefusal } from './define-verdict.js';
import type { ArchCase } from './fid15-arch-cases.js';
import { describeOracle, firstError, messagePattern, virsh } from './libvirt.js';
import { missing, otherEmulator } from './other-arch.js';

/**
 * Pinned libvirt 9.0 verdicts on guests of other architectures (fid15-arch-cases.ts,
 * fid16-arch-cases.ts) against virtlint: libvirt's verdict is the pinned one — `define` (plain when
 * the schema step of `define --validate` refuses), or with `start` the `virsh start` of the defined
 * guest (TCG) — virtlint's grammar agrees with the schema step, and the named rule errs (for a start
 * verdict: errs or warns, the README's policy for what only a later step refuses) with a message of
 * its libvirtMessages, or no rule does. Capabilities come from probes of this machine's emulators,
 * as the CLI's default. `name` is the guest's name (with VIRTLINT_DEFINE_PREFIX, which keeps
 * parallel runs apart).
 */
export function describeArchVerdicts(title: string, cases: readonly ArchCase[], options: { readonly name: string; readonly tmp: string; readonly start?: boolean }): void {
  const { name, start = false } = options;
  describeOracle(title, { needs: ['libvirtd'], tmp: options.tmp }, function (dir) {
    const capabilities = createCapabilityResolver({});
    for (const [i, c] of cases.entries()) {
      const verb = start ? 'starts' : 'defines';
      it(`${c.name}: libvirt ${c.refuses ? `refuses (${c.refuses})` : `${verb} it`}, and so does virtlint`, async function () {
        const qemu = otherEmulator(c.emulator);
        if (!qemu) {
          console.log(`      ${missing(`qemu-system-${c.emulator}`, 'VIRTLINT_QEMU_DIR', '/usr/bin')}`);
          this.skip();
        }
        const text = c.text.replace('EMULATOR', qemu).replace(/<name>[^<]*<\/name>/, `<name>${name}</name>`);
        const file = path.join(dir(), `case-${i}.xml`);
        fs.writeFileSync(file, text);
        const validated = defineVerdict(file, name, true);
        const theirs = start ? startVerdict(file, name) : isSchemaRefusal(validated) ? defineVerdict(file, name, false) : validated;
        if (start) expect(validated, 'libvirt defines it').to.deep.equal({ accepted: true });
        if (c.refuses) expect(theirs.message ?? (start ? 'started' : 'defined'), 'libvirt').to.include(c.refuses);
        else expect(theirs, 'libvirt').to.deep.equal({ accepted: true });
        const ours = await lintText(text, { filePath: file, capabilities });
        const oursSchemaInvalid = ours.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
        expect(oursSchemaInvalid, `virtlint's grammar (libvirt: ${validated.message ?? 'valid'})`).to.equal(isSchemaRefusal(validated));
        const errors = ours.diagnostics.filter((d) => (d.severity === 'error' || (start && d.severity === 'warning')) && !d.ruleId.includes('/')).map((d) => `${d.ruleId}: ${d.message}`);
        if (!c.rule) {
          expect(errors, 'virtlint rule errors').to.deep.equal([]);
          return;
        }
        expect(errors.filter((e) => e.startsWith(`${c.rule}: `)), `virtlint's ${c.rule}`).to.have.length.greaterThan(0);
        const claimed = (RULES_BY_ID.get(c.rule)?.meta.libvirtMessages ?? []).some((t) => messagePattern(t).test(theirs.message ?? ''));
        expect(claimed, `${c.rule}'s libvirtMessages claim '${theirs.message}'`).to.equal(true);
      });
    }
  });
}

/**
 * libvirt's verdict at start, asked once more when QEMU did not answer in time: on a loaded machine a
 * TCG guest's monitor socket can time out before QEMU has looked at the command line.
 */
function startVerdict(file: string, name: string): DefineVerdict {
  const first = startOnce(file, name);
  return /failed to connect to monitor socket/.test(first.message ?? '') ? startOnce(file, name) : first;
}

/** Defines the guest, starts it, and removes it again: libvirt's verdict at start (the first error line that says why). */
function startOnce(file: string, name: string): DefineVerdict {
  const defined = virsh(['define', file], 120000);
  if (!defined.ok) return { accepted: false, message: `not defined: ${defined.stderr}` };
  try {
    const started = virsh(['start', name], 120000);
    if (started.ok) return { accepted: true };
    return { accepted: false, message: firstError(started.stderr, /^error: Failed to start/) };
  } finally {
    virsh(['destroy', name], 120000);
    if (!virsh(['undefine', '--nvram', name], 120000).ok) virsh(['undefine', name], 120000);
  }
}
