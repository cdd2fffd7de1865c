import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULES_BY_ID } from '../../rules/index.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { lintText } from '../../src/linter/lint.js';
import { defineVerdict, type DefineVerdict, isSchemaRefusal } from './define-verdict.js';
import type { ArchCase } from './fid15-arch-cases.js';
import { FID16_CASES, FID16_START_CASES } from './fid16-arch-cases.js';
import { libvirtdAvailable, messagePattern } from './libvirt.js';
import { missing, otherEmulator } from './other-arch.js';

/**
 * fid16-arch-cases.ts against libvirt 9.0 (the fid15-arch-define pattern): libvirt's verdict is the
 * pinned one — `define` (plain when the schema step of `define --validate` refuses), or for the start
 * cases `virsh start` of the defined guest (TCG) — virtlint's grammar agrees with the schema step, and
 * the named rule errs (for a start case: errs or warns) with a message of its libvirtMessages, or no
 * rule does. Capabilities come from
 * probes of this machine's emulators, as the CLI's default. VIRTLINT_DEFINE_PREFIX keeps parallel runs apart.
 */
const NAME = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}fid16-arch`;
const URI = 'qemu:///system';

const virsh = (...args: string[]): { ok: boolean; stderr: string } => {
  const r = spawnSync('virsh', ['-c', URI, ...args], { encoding: 'utf8', timeout: 120000 });
  return { ok: r.status === 0, stderr: (r.stderr || '').trim() };
};

/**
 * libvirt's verdict at start, asked once more when QEMU did not answer in time: on a loaded machine a
 * TCG guest's monitor socket can time out before QEMU has looked at the command line.
 */
function startVerdict(file: string): DefineVerdict {
  const first = startOnce(file);
  return /failed to connect to monitor socket/.test(first.message ?? '') ? startOnce(file) : first;
}

/** Defines the guest, starts it, and removes it again: libvirt's verdict at start (the first error line that says why). */
function startOnce(file: string): DefineVerdict {
  const defined = virsh('define', file);
  if (!defined.ok) return { accepted: false, message: `not defined: ${defined.stderr}` };
  try {
    const started = virsh('start', NAME);
    if (started.ok) return { accepted: true };
    const lines = started.stderr.split('\n').filter((l) => l.startsWith('error: ') && !l.startsWith('error: Failed to start'));
    return { accepted: false, message: (lines[0] ?? started.stderr).replace(/^error: /, '') };
  } finally {
    virsh('destroy', NAME);
    if (!virsh('undefine', '--nvram', NAME).ok) virsh('undefine', NAME);
  }
}

function suite(title: string, cases: readonly ArchCase[], start: boolean): void {
  describe(title, function () {
    let dir: string;
    before(function () {
      if (!libvirtdAvailable()) throw new Error('libvirtd (QEMU driver) is not running: run `bash .ci/setup` as root (see ../shared/ORACLE.md)');
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-fid16-arch-'));
    });
    after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

    const capabilities = createCapabilityResolver({});
    for (const [i, c] of cases.entries()) {
      const verb = start ? 'starts' : 'defines';
      it(`${c.name}: libvirt ${c.refuses ? `refuses (${c.refuses})` : `${verb} it`}, and so does virtlint`, async function () {
        const qemu = otherEmulator(c.emulator);
        if (!qemu) {
          console.log(`      ${missing(`qemu-system-${c.emulator}`, 'VIRTLINT_QEMU_DIR', '/usr/bin')}`);
          this.skip();
        }
        const text = c.text.replace('EMULATOR', qemu).replace(/<name>[^<]*<\/name>/, `<name>${NAME}</name>`);
        const file = path.join(dir, `case-${i}.xml`);
        fs.writeFileSync(file, text);
        const validated = defineVerdict(file, NAME, true);
        const theirs = start ? startVerdict(file) : isSchemaRefusal(validated) ? defineVerdict(file, NAME, false) : validated;
        if (start) expect(validated, 'libvirt defines it').to.deep.equal({ accepted: true });
        if (c.refuses) expect(theirs.message ?? (start ? 'started' : 'defined'), 'libvirt').to.include(c.refuses);
        else expect(theirs, 'libvirt').to.deep.equal({ accepted: true });
        const ours = await lintText(text, { filePath: file, capabilities });
        const oursSchemaInvalid = ours.diagnostics.some((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
        expect(oursSchemaInvalid, `virtlint's grammar (libvirt: ${validated.message ?? 'valid'})`).to.equal(isSchemaRefusal(validated));
        // A refusal only the start makes may be a warning (the README's policy: memory-dimm-arm-acpi).
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

suite("round 16's zPCI, launch security, parallel, genid, memory, TPM and PCI bridge documents: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", FID16_CASES, false);
suite("round 16's documents libvirt 9.0 defines and QEMU refuses to start (TCG): the start verdict pinned, virtlint agrees (oracle)", FID16_START_CASES, true);
