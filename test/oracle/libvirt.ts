import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { removeTempDir, tempDir } from '../helpers/temp-dir.js';
import { jingAvailable, LIBVIRT_SCHEMAS } from './jing.js';

const URI = 'qemu:///system';

export function libvirtdAvailable(): boolean {
  const r = spawnSync('virsh', ['-c', URI, 'version'], { encoding: 'utf8', timeout: 30000 });
  return r.status === 0;
}

/** The QEMU installed here (x86_64 only), which the corpus's guests are given. */
const EMULATOR = '/usr/bin/qemu-system-x86_64';

/**
 * The corpus's QEMU/KVM guests for x86_64 (that is the emulator installed here), adapted to this
 * machine: type qemu (no KVM here) and this QEMU as their emulator (added to <devices> when they name none).
 */
export function corpusDomainsHere(): { file: string; text: string }[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .flatMap((file) => {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      if (!/^<domain type=(['"])(kvm|qemu)\1/m.test(text) || !/arch=['"]x86_64['"]/.test(text)) return [];
      const qemu = text.replace(/<domain type=(['"])kvm\1/, "<domain type='qemu'");
      return [{ file, text: qemu.includes('<emulator>') ? qemu.replace(/<emulator>[^<]*<\/emulator>/, `<emulator>${EMULATOR}</emulator>`) : qemu.replace('<devices>', `<devices>\n    <emulator>${EMULATOR}</emulator>`) }];
    });
}

/** An oracle a suite asks: the running libvirtd (QEMU driver), or jing with libvirt's own schemas. */
export type Oracle = 'libvirtd' | 'jing';

/** Why an oracle cannot answer on this host, or undefined when it can. */
function missingOracle(oracle: Oracle): string | undefined {
  if (oracle === 'libvirtd') return libvirtdAvailable() ? undefined : 'libvirtd (QEMU driver) is not running: run `bash .ci/setup` as root (see ../shared/ORACLE.md)';
  if (!jingAvailable()) return 'jing is not installed (Debian package jing; run .ci/setup)';
  return fs.existsSync(path.join(LIBVIRT_SCHEMAS, 'domain.rng')) ? undefined : `libvirt's schemas are missing in ${LIBVIRT_SCHEMAS} (Debian package libvirt-clients; run .ci/setup)`;
}

/**
 * An oracle suite: `describe(title)` whose first hook checks that the oracles it asks can answer (one
 * that cannot fails the suite: an oracle run does not pass by skipping) and makes a fresh temporary
 * directory (`tmp` is its name's prefix), and whose last hook removes that directory, after the body's
 * own `after` hooks (a run that stops before that hook leaves it to test/helpers/temp-dir.ts, which removes
 * it when the process exits). `body` gets the directory (valid in hooks and tests, not while the suite is declared).
 */
export function describeOracle(title: string, suite: { readonly needs: readonly Oracle[]; readonly tmp: string }, body: (this: Mocha.Suite, dir: () => string) => void): Mocha.Suite {
  return describe(title, function () {
    let dir: string | undefined;
    before(function () {
      for (const oracle of suite.needs) {
        const missing = missingOracle(oracle);
        if (missing) throw new Error(missing);
      }
      dir = tempDir(suite.tmp);
    });
    body.call(this, () => {
      if (dir === undefined) throw new Error(`${title}: the temporary directory is made in the suite's first hook, and used here before it`);
      return dir;
    });
    after(() => dir && removeTempDir(dir));
  });
}

export interface LibvirtVerdict {
  readonly accepted: boolean;
  /** libvirt's error without the `error: ` prefix, when refused. */
  readonly message?: string;
}

const DAEMON_GONE = /failed to connect to the hypervisor|Disconnected from qemu|End of file while reading data|Cannot recv data/;

/**
 * Runs `virsh -c qemu:///system …args` (for `timeout` ms at most): whether it succeeded, what it
 * printed, and its stderr (trimmed). libvirtd 9.0 crashes on a few documents (../shared/ORACLE.md):
 * when the daemon is gone, it is started again (`.ci/setup`) and virsh asked once more.
 */
export function virsh(args: readonly string[], timeout = 60000): { ok: boolean; stdout: string; stderr: string } {
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = spawnSync('virsh', ['-c', URI, ...args], { encoding: 'utf8', timeout });
    const stderr = (r.stderr || '').trim();
    if (r.status !== 0 && DAEMON_GONE.test(stderr) && attempt === 0) {
      spawnSync('bash', [path.join(REPO_ROOT, '.ci/setup')], { encoding: 'utf8', timeout: 120000 });
      continue;
    }
    return { ok: r.status === 0, stdout: r.stdout || '', stderr };
  }
  return { ok: false, stdout: '', stderr: 'error: libvirtd did not answer' };
}

/**
 * libvirt's first error line in virsh's stderr, without `error: `: virsh's own line above it (`error:
 * Failed to define domain from FILE`), which `summary` matches, is passed over.
 */
export const firstError = (stderr: string, summary = /^error: Failed to (define|convert)/): string =>
  (stderr.split('\n').find((l) => l.startsWith('error: ') && !summary.test(l)) ?? stderr.split('\n')[0] ?? '').replace(/^error: /, '');

/**
 * Asks the running libvirtd whether it would build a QEMU command line for a document
 * (`virsh domxml-to-native qemu-argv`): the same validation as defining and starting, without
 * defining anything.
 */
export function libvirtVerdict(file: string): LibvirtVerdict {
  const r = virsh(['domxml-to-native', 'qemu-argv', file]);
  return r.ok ? { accepted: true } : { accepted: false, message: firstError(r.stderr) };
}

/**
 * libvirt refusals that depend on this host's state, which virtlint cannot see (and should not
 * guess): storage, networks, secrets, host devices, firmware files, KVM, hugepage mounts.
 */
export const HOST_STATE = [
  /Network not found|network '.*' is not active|no network with matching name/i,
  /Storage (pool|volume) not found|storage pool|storage vol/i,
  /secret/i,
  /No such file or directory|Cannot access|cannot open|Unable to (open|access|find|get|read|stat)|does not exist|not found on the host|Cannot find/i,
  /hugetlbfs|hugepages? .*mount/i,
  /KVM is not available|kvm.*not supported|no accelerator/i,
  // KVM for a guest arch other than this host's (an aarch64 type='kvm' guest here): the host's, not the document's.
  /does not support virt type 'kvm'/,
  // host-passthrough/host-model CPUs need KVM, which this machine (and CI) lacks.
  /CPU mode 'host-(passthrough|model)' .* is not supported by hypervisor/,
  /firmware|OVMF|loader/i,
  /host (device|CPU)|PCI device .* not found|USB device .* not found|vfio|iommu group/i,
  /\/dev\/vhost|vhost-net/i,
  /Failed to (start|connect|get)/i,
  // With no driver name, libvirt picks VFIO only when the host has it; this host has not.
  /invalid PCI passthrough type 'default'/,
  // Automatic NUMA placement asks the host's numad, which this host does not run.
  /Advice from numad is needed/,
];

/** Refusals that match HOST_STATE's words but are structural: libvirt decides them from the document alone. */
const NOT_HOST_STATE = [
  /^no loader path specified and firmware auto selection disabled$/,
  /host devices? must use '\w+'( or '\w+')? address type/,
  // Firmware settings libvirt 9.0 refuses when it parses the document, before it reads any firmware file.
  /(loader|nvram) attribute '\w+' cannot be specified when firmware autoselection is enabled$/,
  /^cannot use feature-based firmware autoselection when firmware autoselection is disabled$/,
  /^firmware feature '[\w-]+' cannot be enabled when firmware feature '[\w-]+' is disabled$/,
  /^NVRAM (template )?is not permitted when loader is stateless$/,
  // An <iothreadsched> naming an IOThread the document does not define.
  /Cannot find 'iothread' : \d+$/,
  // A <sysinfo type='fwcfg'> entry name outside opt/ ("firmware" here is QEMU's fw_cfg, not a file).
  /(Invalid firmware name|That firmware name is reserved)$/,
  // A fw_cfg entry with neither a value nor a file: the document's shape, not a file on the host.
  /Firmware entry must have either value or 'file' attribute$/,
];

export function dependsOnHostState(message: string | undefined): boolean {
  return message !== undefined && HOST_STATE.some((re) => re.test(message)) && !NOT_HOST_STATE.some((re) => re.test(message));
}

/** Turns a libvirt message template (`disk '%s' …`, `%1$s`, `%u`) into a pattern matching printed text. */
export function messagePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest conversions first (`%zu` must not be read as `%z` + 'u'); flags and widths as in `%02x`.
  return new RegExp(escaped.replace(/%(\d+\\\$)?0?\d*(z[ud]|ll[udx]|l?[sudx])/g, '.*?'));
}
