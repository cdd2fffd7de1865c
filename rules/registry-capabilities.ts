import type { Rule } from '../src/rule.js';
import emulatorMissing from './emulator-missing.js';
import emulatorSupportsAcpiIndex from './emulator-supports-acpi-index.js';
import emulatorSupportsArchAndType from './emulator-supports-arch-and-type.js';
import emulatorSupportsDevice from './emulator-supports-device.js';
import emulatorSupportsIoeventfd from './emulator-supports-ioeventfd.js';
import emulatorSupportsIothreadPool from './emulator-supports-iothread-pool.js';
import emulatorSupportsMachine from './emulator-supports-machine.js';
import emulatorSupportsSmartcardRedirdev from './emulator-supports-smartcard-redirdev.js';
import vcpuMachineLimit from './vcpu-machine-limit.js';

/** Rules that need emulator capabilities (silent without a capability source). */
export const CAPABILITY_RULES: readonly Rule[] = [
  emulatorMissing,
  emulatorSupportsAcpiIndex,
  emulatorSupportsArchAndType,
  emulatorSupportsDevice,
  emulatorSupportsIoeventfd,
  emulatorSupportsIothreadPool,
  emulatorSupportsMachine,
  emulatorSupportsSmartcardRedirdev,
  vcpuMachineLimit,
];
