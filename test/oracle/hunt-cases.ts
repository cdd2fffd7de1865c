/**
 * Documents the fidelity hunt (fidelity-hunt.test.ts) found virtlint and libvirt 9.0 disagreeing on,
 * with libvirt's define-time verdict pinned (`refuses`: a piece of its message) and the rule that
 * now reports it, plus near misses libvirt defines. hunt-cases.test.ts checks both sides.
 */
import { addDevices, edit, SEED } from '../rules/helpers.js';

export interface HuntCase {
  readonly name: string;
  readonly text: string;
  /** A piece of libvirt's error; undefined when libvirt defines the document. */
  readonly refuses?: string;
  /** The rule that reports the refusal (as an error). */
  readonly rule?: string;
}

const VGA = "<model type='vga' vram='9216' heads='1'/>";
const video = (model: string): string => edit(SEED, [VGA, model]);
const features = (inner: string): string => edit(SEED, ['</os>', `</os>\n  <features>${inner}</features>`]);
const platformFeature = (f: string): HuntCase => ({ name: `<${f}> on x86 i440fx`, text: features(f), refuses: `The '${/^<([\w-]+)/.exec(f)![1]}' feature is not supported for architecture 'x86_64'`, rule: 'feature-settings' });

export const HUNT_CASES: readonly HuntCase[] = [
  { name: 'qxl vgamem below 1 MiB', text: addDevices(SEED, "<video><model type='qxl' vgamem='1000'/></video>"), refuses: "value for 'vgamem' must be at least 1 MiB (1024 KiB)", rule: 'video-attr-compat' },
  { name: 'qxl vgamem not a power of two', text: addDevices(SEED, "<video><model type='qxl' vgamem='3000'/></video>"), refuses: "value for 'vgamem' must be power of two", rule: 'video-attr-compat' },
  { name: 'qxl vgamem 2048 (near miss)', text: addDevices(SEED, "<video><model type='qxl' vgamem='2048'/></video>") },
  { name: "accel2d='yes'", text: video("<model type='virtio'><acceleration accel2d='yes'/></model>"), refuses: 'qemu does not support the accel2d setting', rule: 'video-attr-compat' },
  { name: "accel2d='no' (near miss)", text: video("<model type='virtio'><acceleration accel2d='no'/></model>") },
  { name: 'resolution on cirrus', text: video("<model type='cirrus'><resolution x='1024' y='768'/></model>"), refuses: 'model resolution is not supported', rule: 'video-attr-compat' },
  { name: 'resolution on vmvga', text: video("<model type='vmvga'><resolution x='1024' y='768'/></model>"), refuses: 'model resolution is not supported', rule: 'video-attr-compat' },
  { name: 'resolution on bochs (near miss)', text: video("<model type='bochs'><resolution x='1024' y='768'/></model>") },
  { name: 'resolution on qxl (near miss)', text: video("<model type='qxl'><resolution x='1024' y='768'/></model>") },
  { name: 'zero resolution on cirrus', text: video("<model type='cirrus'><resolution x='0' y='768'/></model>"), refuses: 'video resolution values must be greater than 0', rule: 'video-attr-compat' },
  { name: 'ramfb with a PCI address', text: video("<model type='ramfb'/>"), refuses: 'address not supported for video type ramfb', rule: 'video-attr-compat' },
  ...["<gic version='3'/>", "<hpt resizing='enabled'/>", "<htm state='on'/>", "<nested-hv state='on'/>", "<ccf-assist state='on'/>", "<cfpc value='workaround'/>", "<sbbc value='workaround'/>", "<ibs value='fixed-ibs'/>"].map(platformFeature),
  { name: '<ioapic> and <vmcoreinfo> on x86 (near miss)', text: features("<ioapic driver='qemu'/><vmcoreinfo state='on'/>") },
  { name: 'Hyper-V spinlock retries 4094', text: features("<hyperv mode='custom'><spinlocks state='on' retries='4094'/></hyperv>"), refuses: 'HyperV spinlock retry count must be at least 4095', rule: 'feature-settings' },
  { name: 'Hyper-V spinlock retries 4095 (near miss)', text: features("<hyperv mode='custom'><spinlocks state='on' retries='4095'/></hyperv>") },
  { name: 'Hyper-V spinlocks off with retries 10 (near miss)', text: features("<hyperv mode='custom'><spinlocks state='off' retries='10'/></hyperv>") },
  { name: 'Hyper-V vendor_id of 13 characters', text: features("<hyperv mode='custom'><vendor_id state='on' value='1234567890123'/></hyperv>"), refuses: 'HyperV vendor_id value must not be more than 12 characters', rule: 'feature-settings' },
  { name: 'Hyper-V vendor_id of 12 characters (near miss)', text: features("<hyperv mode='custom'><vendor_id state='on' value='123456789012'/></hyperv>") },
];
