import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the oracle tests look for what a guest of another architecture needs: VIRTLINT_QEMU_DIR (a
 * folder of qemu-system-* binaries, e.g. Debian's qemu-system-arm and qemu-system-misc unpacked) and
 * VIRTLINT_AAVMF_DIR, then the installed packages' places.
 */
const dirs = (variable: string, installed: string): string[] => [process.env[variable], installed].filter((d): d is string => !!d);

/** The emulator of `arch` (the qemu-system-* suffix: s390x, aarch64, arm, riscv64), or undefined when it is not installed. */
export function otherEmulator(arch: string): string | undefined {
  return dirs('VIRTLINT_QEMU_DIR', '/usr/bin')
    .map((d) => path.join(d, `qemu-system-${arch}`))
    .find((f) => fs.existsSync(f));
}

/** The folder of AAVMF_CODE.fd and AAVMF_VARS.fd (Debian's qemu-efi-aarch64), or undefined. */
export function aavmfDir(): string | undefined {
  return dirs('VIRTLINT_AAVMF_DIR', '/usr/share/AAVMF').find((d) => fs.existsSync(path.join(d, 'AAVMF_CODE.fd')) && fs.existsSync(path.join(d, 'AAVMF_VARS.fd')));
}

/** What a skipped case prints: which file it did not find, and where it looked. */
export const missing = (what: string, variable: string, installed: string): string => `(skipped: no ${what} in ${dirs(variable, installed).join(' or ')})`;

/**
 * A QEMU guest of another architecture (memory balloon off): `os` goes inside `<os>` after its
 * `<type>`, `extra` after `<os>`. The emulator is written EMULATOR, for the test to fill in.
 */
export function otherGuest(g: { readonly name: string; readonly arch: string; readonly machine: string; readonly devices: string; readonly os?: string; readonly extra?: string }): string {
  return `<domain type='qemu'>
  <name>${g.name}</name>
  <memory unit='KiB'>262144</memory>
  <vcpu>1</vcpu>
  <os><type arch='${g.arch}' machine='${g.machine}'>hvm</type>${g.os ?? ''}</os>${g.extra ?? ''}
  <devices>
    <emulator>EMULATOR</emulator>
    ${g.devices}
    <memballoon model='none'/>
  </devices>
</domain>
`;
}
