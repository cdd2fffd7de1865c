/**
 * Every program and host file the tests (and the bench) use from the machine, with the Debian
 * package that provides it. `.ci/setup` must install each package (test/ci/setup-contract.test.ts
 * keeps this true): a fresh machine has only Node.js, and a green CI on a developer's machine can
 * hide a missing install step.
 */
export interface HostProgram {
  /** Absolute path of the program or file on a Debian host. */
  readonly path: string;
  /** The Debian package that ships it. */
  readonly package: string;
  /** When the package is a dependency of one `.ci/setup` names rather than named itself: that one. */
  readonly via?: string;
  /** Why the tests need it. */
  readonly usedFor: string;
}

export const HOST_PROGRAMS: Readonly<Record<string, HostProgram>> = {
  'qemu-system-x86_64': { path: '/usr/bin/qemu-system-x86_64', package: 'qemu-system-x86', usedFor: 'capability probe; the emulator libvirt runs' },
  'qemu-system-aarch64': { path: '/usr/bin/qemu-system-aarch64', package: 'qemu-system-arm', usedFor: 'oracle: guests of ARM machines (virt, vexpress) that libvirt defines and QEMU starts (test/oracle/other-arch.ts)' },
  'qemu-system-arm': { path: '/usr/bin/qemu-system-arm', package: 'qemu-system-arm', usedFor: 'oracle: armv7l guests (test/oracle/other-arch.ts)' },
  'qemu-system-s390x': { path: '/usr/bin/qemu-system-s390x', package: 'qemu-system-misc', usedFor: 'oracle: s390x guests, whose virtio devices get ccw addresses (test/oracle/other-arch.ts)' },
  'qemu-system-riscv64': { path: '/usr/bin/qemu-system-riscv64', package: 'qemu-system-misc', usedFor: 'oracle: RISC-V virt guests (test/oracle/other-arch.ts)' },
  aavmf: { path: '/usr/share/AAVMF/AAVMF_CODE.fd', package: 'qemu-efi-aarch64', usedFor: 'oracle: an aarch64 guest started with UEFI and ACPI (test/oracle/acpi-index-start.test.ts)' },
  virsh: { path: '/usr/bin/virsh', package: 'libvirt-clients', usedFor: 'the rules oracle (domxml-to-native)' },
  'virt-xml-validate': { path: '/usr/bin/virt-xml-validate', package: 'libvirt-clients', usedFor: 'bench and comparisons' },
  libvirtd: { path: '/usr/sbin/libvirtd', package: 'libvirt-daemon', usedFor: 'the rules oracle' },
  'libvirt-qemu-driver': { path: '/usr/lib/x86_64-linux-gnu/libvirt/connection-driver/libvirt_driver_qemu.so', package: 'libvirt-daemon-driver-qemu', usedFor: "libvirtd's QEMU driver" },
  'libvirt-schemas': { path: '/usr/share/libvirt/schemas/domain.rng', package: 'libvirt0', via: 'libvirt-clients', usedFor: "libvirt's own grammar (--schemas, jing oracle)" },
  swtpm: { path: '/usr/bin/swtpm', package: 'swtpm', usedFor: 'libvirt 9.0 refuses an emulated TPM without it' },
  swtpm_setup: { path: '/usr/bin/swtpm_setup', package: 'swtpm-tools', usedFor: 'libvirt 9.0 refuses an emulated TPM without it' },
  'ovmf-descriptors': { path: '/usr/share/qemu/firmware/60-edk2-x86_64.json', package: 'ovmf', usedFor: "libvirt's firmware autoselection (<os firmware='efi'>)" },
  jing: { path: '/usr/bin/jing', package: 'jing', usedFor: 'the strict RelaxNG oracle' },
  xmllint: { path: '/usr/bin/xmllint', package: 'libxml2-utils', usedFor: "bench baseline; libxml2's verdict on encoding names (and the table's libxml2 and ICU part)" },
  iconv: { path: '/usr/bin/iconv', package: 'libc-bin', usedFor: "glibc's encoding names (`iconv -l`), against the committed encoding table" },
  ldd: { path: '/usr/bin/ldd', package: 'libc-bin', usedFor: 'finding the libxml2 and ICU libraries for the encoding table (scripts/encoding-names.mjs)' },
  'pre-commit': { path: '/usr/bin/pre-commit', package: 'pre-commit', usedFor: 'the hook end-to-end test' },
  git: { path: '/usr/bin/git', package: 'git', usedFor: 'the hook end-to-end test' },
  time: { path: '/usr/bin/time', package: 'time', usedFor: "bench: each run's CPU time" },
  nvim: { path: '/usr/bin/nvim', package: 'neovim', usedFor: "the language server's editor test" },
  chromium: { path: '/usr/bin/chromium', package: 'chromium', usedFor: "the playground's browser test (playwright-core drives it)" },
  unzip: { path: '/usr/bin/unzip', package: 'unzip', usedFor: 'unpacking the VS Code extension (.vsix)' },
  python3: { path: '/usr/bin/python3', package: 'python3-minimal', usedFor: "reading action.yml as YAML (the Action's test)" },
  'python3-yaml': { path: '/usr/lib/python3/dist-packages/yaml/__init__.py', package: 'python3-yaml', usedFor: "reading action.yml as YAML (the Action's test)" },
  'g++': { path: '/usr/bin/g++', package: 'g++', usedFor: "building code-server's native modules (scripts/install-code-server.sh, for the VS Code test); the ICU name lister (scripts/icu-encoding-names.cc)" },
  make: { path: '/usr/bin/make', package: 'make', usedFor: "building code-server's native modules (scripts/install-code-server.sh, for the VS Code test)" },
  setpriv: { path: '/usr/bin/setpriv', package: 'util-linux', usedFor: 'running the CLI as nobody (unreadable files)' },
  mknod: { path: '/bin/mknod', package: 'coreutils', usedFor: 'device files in the fuzz tier' },
  mkfifo: { path: '/usr/bin/mkfifo', package: 'coreutils', usedFor: 'FIFO inputs' },
  id: { path: '/usr/bin/id', package: 'coreutils', usedFor: "the uid and groups of nobody (--fix on another user's file)" },
  rm: { path: '/bin/rm', package: 'coreutils', usedFor: 'removing a tree deeper than PATH_MAX (the robustness tests)' },
  bash: { path: '/bin/bash', package: 'bash', usedFor: 'fake emulators written as scripts' },
  sh: { path: '/bin/sh', package: 'dash', usedFor: 'fake emulators written as scripts' },
};
