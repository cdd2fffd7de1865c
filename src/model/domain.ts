import { type Clock, buildClock } from './clock.js';
import { type Cpu, type Vcpu, buildCpu, buildVcpu } from './cpu.js';
import type { CharBackend, CharTarget, Channel, Console, Parallel, Serial } from './devices/chardev.js';
import { buildCharDevice } from './devices/chardev.js';
import type { DeviceBase } from './devices/common.js';
import { type Controller, buildController } from './devices/controller.js';
import { type Disk, buildDisk } from './devices/disk.js';
import { type Filesystem, buildFilesystem } from './devices/filesystem.js';
import { type Graphics, buildGraphics } from './devices/graphics.js';
import { type Hostdev, buildHostdev } from './devices/hostdev.js';
import { type Input, buildInput } from './devices/input.js';
import { type Interface, buildInterface } from './devices/interface.js';
import { type Iommu, buildIommu } from './devices/iommu.js';
import { type MemoryDevice, buildMemoryDevice } from './devices/memory.js';
import { type OtherDevice, buildOtherDevice } from './devices/other.js';
import { type Panic, buildPanic } from './devices/panic.js';
import { type Rng, buildRng } from './devices/rng.js';
import { type Shmem, buildShmem } from './devices/shmem.js';
import { type Audio, type Sound, buildAudio, buildSound } from './devices/sound.js';
import { type Tpm, buildTpm } from './devices/tpm.js';
import { type Hub, type Redirdev, type Smartcard, buildHub, buildRedirdev, buildSmartcard } from './devices/usb-redirection.js';
import { type Video, buildVideo } from './devices/video.js';
import { type Vsock, buildVsock } from './devices/vsock.js';
import { type Watchdog, buildWatchdog } from './devices/watchdog.js';
import { type Features, buildFeatures } from './features.js';
import { type DomainSettings, buildDomainSettings } from './settings.js';
import type { Range } from '../types.js';
import type { Attr, Span, Text } from './located.js';
import { type MemoryBacking, type MemorySize, type Memtune, buildMemoryBacking, buildMemorySize, buildMemtune } from './memory.js';
import { memoOf } from './memo.js';
import { type Numatune, buildNumatune } from './numatune.js';
import { type Os, buildOs } from './os.js';
import { NONE, type XmlElement, attrValue, child, linkElement, mapChildrenDefined, spanOfChild, textValue } from './read.js';

/** Any device under `<devices>`; `kind` (the element name) tells which. */
export type Device =
  | Disk
  | Interface
  | Controller
  | Hostdev
  | Graphics
  | Video
  | Sound
  | Audio
  | Input
  | Serial
  | Parallel
  | Console
  | Channel
  | Redirdev
  | Smartcard
  | Hub
  | Rng
  | Tpm
  | Watchdog
  | Panic
  | MemoryDevice
  | Filesystem
  | Shmem
  | Vsock
  | Iommu
  | OtherDevice;

/** `<devices>`: every device once in `all` (document order), and by kind. Each list holds the same objects as `all`. */
export interface Devices extends Span {
  readonly all: readonly Device[];
  readonly disks: readonly Disk[];
  readonly interfaces: readonly Interface[];
  readonly controllers: readonly Controller[];
  readonly hostdevs: readonly Hostdev[];
  readonly graphics: readonly Graphics[];
  readonly videos: readonly Video[];
  readonly sounds: readonly Sound[];
  readonly audios: readonly Audio[];
  readonly inputs: readonly Input[];
  readonly serials: readonly Serial[];
  readonly parallels: readonly Parallel[];
  readonly consoles: readonly Console[];
  readonly channels: readonly Channel[];
  readonly redirdevs: readonly Redirdev[];
  readonly smartcards: readonly Smartcard[];
  readonly hubs: readonly Hub[];
  readonly rngs: readonly Rng[];
  readonly tpms: readonly Tpm[];
  readonly watchdogs: readonly Watchdog[];
  readonly panics: readonly Panic[];
  readonly memories: readonly MemoryDevice[];
  readonly filesystems: readonly Filesystem[];
  readonly shmems: readonly Shmem[];
  readonly vsocks: readonly Vsock[];
  readonly iommus: readonly Iommu[];
  /** Devices of kinds without a typed view (lease, memballoon, nvram, crypto, …). */
  readonly others: readonly OtherDevice[];
}

/** A `<boot order>` somewhere inside a device (also nested ones, e.g. a hostdev's), with its device. */
export interface DeviceBoot {
  readonly device: Device;
  readonly order: Attr;
}

/** `<on_poweroff>`, `<on_reboot>`, `<on_crash>`: the action's text. */
export interface Lifecycle {
  readonly poweroff?: Text;
  readonly reboot?: Text;
  readonly crash?: Text;
}

/** The read-only model of a `<domain>` that rules inspect. */
export interface Domain extends Span, DomainSettings {
  /** The hypervisor (kvm, qemu, xen, lxc, …). */
  readonly type?: Attr;
  readonly name?: Text;
  readonly os?: Os;
  /** `<bootloader>` (Xen host-side boot loader). */
  readonly bootloader?: Span;
  /** `<devices><emulator>`. */
  readonly emulator?: Text;
  /** Always present (empty lists when the document has no `<devices>`); check `devicesWritten` for the element. */
  readonly devices: Devices;
  readonly devicesWritten: boolean;
  /** `<boot order>` of every device, in document order. */
  readonly deviceBoots: readonly DeviceBoot[];
  readonly vcpu?: Vcpu;
  readonly cpu?: Cpu;
  readonly memory?: MemorySize;
  readonly maxMemory?: MemorySize & { readonly slots?: Attr };
  readonly currentMemory?: MemorySize;
  readonly memoryBacking?: MemoryBacking;
  readonly memtune?: Memtune;
  readonly numatune?: Numatune;
  readonly features?: Features;
  readonly clock?: Clock;
  readonly lifecycle: Lifecycle;
  /** `<iothreads>` count and the ids of `<iothreadids>`. */
  readonly iothreads?: Text;
  readonly iothreadIds: readonly Attr[];
}

type Lists = { -readonly [K in Exclude<keyof Devices, keyof Span>]: Device[] };

/** How one kind of device element is read, and the list of {@link Devices} it goes to. */
interface DeviceKind {
  readonly build: (el: XmlElement) => Device;
  readonly list: keyof Lists;
}

const charDevice = (el: XmlElement): Device => buildCharDevice(el, el.name as 'serial' | 'parallel' | 'console' | 'channel') as Serial | Parallel | Console | Channel;

/**
 * The builder and list of each device element, looked up by name: one call site for every kind
 * rather than a switch that, compiled into buildDevices with every builder inlined, was compiled
 * again each time a document brought a kind not seen before (deopts for lack of type feedback).
 */
const DEVICE_KINDS: ReadonlyMap<string, DeviceKind> = new Map<string, DeviceKind>([
  ['disk', { build: buildDisk, list: 'disks' }],
  ['interface', { build: buildInterface, list: 'interfaces' }],
  ['controller', { build: buildController, list: 'controllers' }],
  ['hostdev', { build: buildHostdev, list: 'hostdevs' }],
  ['graphics', { build: buildGraphics, list: 'graphics' }],
  ['video', { build: buildVideo, list: 'videos' }],
  ['sound', { build: buildSound, list: 'sounds' }],
  ['audio', { build: buildAudio, list: 'audios' }],
  ['input', { build: buildInput, list: 'inputs' }],
  ['serial', { build: charDevice, list: 'serials' }],
  ['parallel', { build: charDevice, list: 'parallels' }],
  ['console', { build: charDevice, list: 'consoles' }],
  ['channel', { build: charDevice, list: 'channels' }],
  ['redirdev', { build: buildRedirdev, list: 'redirdevs' }],
  ['smartcard', { build: buildSmartcard, list: 'smartcards' }],
  ['hub', { build: buildHub, list: 'hubs' }],
  ['rng', { build: buildRng, list: 'rngs' }],
  ['tpm', { build: buildTpm, list: 'tpms' }],
  ['watchdog', { build: buildWatchdog, list: 'watchdogs' }],
  ['panic', { build: buildPanic, list: 'panics' }],
  ['memory', { build: buildMemoryDevice, list: 'memories' }],
  ['filesystem', { build: buildFilesystem, list: 'filesystems' }],
  ['shmem', { build: buildShmem, list: 'shmems' }],
  ['vsock', { build: buildVsock, list: 'vsocks' }],
  ['iommu', { build: buildIommu, list: 'iommus' }],
]);

const OTHER_KIND: DeviceKind = { build: buildOtherDevice, list: 'others' };

type MutableDevices = Span & Lists;

/** The element's span and empty lists, in one literal (in the order the lists were always built in: the kinds, then all, then others). */
function emptyDevices(tag: string, nameRange: Range, range: Range): MutableDevices {
  return {
    tag,
    nameRange,
    range,
    disks: [],
    interfaces: [],
    controllers: [],
    hostdevs: [],
    graphics: [],
    videos: [],
    sounds: [],
    audios: [],
    inputs: [],
    serials: [],
    parallels: [],
    consoles: [],
    channels: [],
    redirdevs: [],
    smartcards: [],
    hubs: [],
    rngs: [],
    tpms: [],
    watchdogs: [],
    panics: [],
    memories: [],
    filesystems: [],
    shmems: [],
    vsocks: [],
    iommus: [],
    all: [],
    others: [],
  };
}

/**
 * Every `<boot order>` below a device's element (not the element itself), in document order.
 * A loop over an explicit stack, not recursion: with `--max-depth` raised a device may nest
 * deeper than the call stack goes (20,000 levels threw "Maximum call stack size exceeded").
 * `stack` is empty on entry and on return (one array for all of a document's devices).
 */
function collectBoots(el: XmlElement, device: Device, boots: DeviceBoot[], stack: XmlElement[]): void {
  let children = el.children;
  // Pushed last to first, so that they come off the stack in document order (pre-order).
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as XmlElement);
  while (stack.length > 0) {
    const c = stack.pop() as XmlElement;
    if (c.name === 'boot') {
      const order = attrValue(c, 'order');
      if (order) boots.push({ device, order });
    }
    children = c.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as XmlElement);
  }
}

/** Where a document without `<devices>` has them. */
const EMPTY_RANGE: Range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function buildDevices(el: XmlElement | undefined): { devices: Devices; boots: DeviceBoot[] } {
  // One call, and no record made for the rare document without <devices>: compiled for documents
  // with them, each of these (a second call, an ElementSpan or a plain record) cost a recompilation.
  const lists = emptyDevices(el ? el.name : 'devices', el ? el.nameRange : EMPTY_RANGE, el ? el.range : EMPTY_RANGE);
  const boots: DeviceBoot[] = [];
  const stack: XmlElement[] = [];
  for (const d of el?.children ?? NONE) {
    if (d.name === 'emulator') continue;
    const kind = DEVICE_KINDS.get(d.name) ?? OTHER_KIND;
    const device = kind.build(d);
    lists.all.push(device);
    lists[kind.list].push(device);
    collectBoots(d, device, boots, stack);
  }
  return { devices: lists as unknown as Devices, boots };
}


/** Builds the domain model from a parsed `<domain>` element. Never throws on unexpected shapes. */
export function buildDomain(root: XmlElement): Domain {
  const devicesEl = child(root, 'devices');
  const { devices, boots } = buildDevices(devicesEl);
  const maxMem = child(root, 'maxMemory');
  const maxMemory = buildMemorySize(maxMem);
  const settings = buildDomainSettings(root);
  // Linked to its root element for the path queries of select.ts (policies); rules see only the model.
  return linkElement<Domain>({
    tag: root.name,
    nameRange: root.nameRange,
    range: root.range,
    type: attrValue(root, 'type'),
    name: textValue(child(root, 'name')),
    os: buildOs(child(root, 'os')),
    bootloader: spanOfChild(root, 'bootloader'),
    emulator: textValue(child(devicesEl, 'emulator')),
    devices,
    devicesWritten: devicesEl !== undefined,
    deviceBoots: boots,
    vcpu: buildVcpu(child(root, 'vcpu')),
    cpu: buildCpu(child(root, 'cpu')),
    memory: buildMemorySize(child(root, 'memory')),
    maxMemory: maxMemory ? { tag: maxMemory.tag, nameRange: maxMemory.nameRange, range: maxMemory.range, value: maxMemory.value, unit: maxMemory.unit, slots: attrValue(maxMem, 'slots') } : undefined,
    currentMemory: buildMemorySize(child(root, 'currentMemory')),
    memoryBacking: buildMemoryBacking(child(root, 'memoryBacking')),
    memtune: buildMemtune(child(root, 'memtune')),
    numatune: buildNumatune(child(root, 'numatune')),
    features: buildFeatures(child(root, 'features')),
    clock: buildClock(child(root, 'clock')),
    lifecycle: { poweroff: textValue(child(root, 'on_poweroff')), reboot: textValue(child(root, 'on_reboot')), crash: textValue(child(root, 'on_crash')) },
    iothreads: textValue(child(root, 'iothreads')),
    iothreadIds: mapChildrenDefined(child(root, 'iothreadids'), 'iothread', iothreadId),
    // Every field of DomainSettings (listed rather than spread: a spread into a literal this large is slow).
    uuid: settings.uuid,
    seclabels: settings.seclabels,
    sysinfos: settings.sysinfos,
    vcpuScheds: settings.vcpuScheds,
    iothreadScheds: settings.iothreadScheds,
    cpuPins: settings.cpuPins,
    cputuneValues: settings.cputuneValues,
    numaDistances: settings.numaDistances,
    cpuCache: settings.cpuCache,
    cpuMaxphysaddr: settings.cpuMaxphysaddr,
    vcpuStates: settings.vcpuStates,
    blkioDevicePaths: settings.blkioDevicePaths,
    keywrapCiphers: settings.keywrapCiphers,
    perfEvents: settings.perfEvents,
    pmSuspends: settings.pmSuspends,
    threadPools: settings.threadPools,
  }, root);
}

const iothreadId = (t: XmlElement): Attr | undefined => attrValue(t, 'id');

/** A device with a character-device backend, seen through that backend. */
export interface CharacterDevice extends CharBackend {
  /** The device: serial, parallel, console, channel, redirdev, smartcard (passthrough) or rng (egd backend). */
  readonly device: DeviceBase;
  readonly kind: string;
  readonly target?: CharTarget;
}

/**
 * Every device that talks through a character device, in document order: serial, parallel, console,
 * channel and redirdev devices, passthrough smartcards, and rngs with an egd backend. The records
 * have one shape (`target` present, undefined where there is none), so the rules' reads stay monomorphic.
 */
export function characterDevices(domain: Domain): readonly CharacterDevice[] {
  // Three rules read them: made once per model.
  const memo = memoOf(domain);
  return (memo.characterDevices ??= findCharacterDevices(domain));
}

function findCharacterDevices(domain: Domain): CharacterDevice[] {
  const out: CharacterDevice[] = [];
  for (let i = 0, list = domain.devices.all; i < list.length; i++) {
    const d = list[i]!;
    switch (d.kind) {
      case 'serial':
      case 'parallel':
      case 'console':
      case 'channel': {
        const c = d as Serial;
        out.push({ device: c, kind: c.kind, type: c.type, sources: c.sources, target: c.target });
        break;
      }
      case 'redirdev': {
        const r = d as Redirdev;
        out.push({ device: r, kind: r.kind, type: r.type, sources: r.sources, target: undefined });
        break;
      }
      case 'smartcard': {
        const s = d as Smartcard;
        if (s.mode?.value === 'passthrough') out.push({ device: s, kind: s.kind, type: s.type, sources: s.sources, target: undefined });
        break;
      }
      case 'rng': {
        const r = d as Rng;
        if (r.backend?.model?.value === 'egd') out.push({ device: r, kind: r.kind, type: r.backend.type, sources: r.backend.sources, target: undefined });
        break;
      }
    }
  }
  return out;
}

export type { Attr, Located, Span, Text } from './located.js';
