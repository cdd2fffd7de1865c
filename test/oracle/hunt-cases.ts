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
];
