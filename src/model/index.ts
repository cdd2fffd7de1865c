/**
 * The typed, read-only model of a libvirt domain that rules read: every value a {@link Located} (its
 * value and where it is written), every node a {@link Span}. Rules import from here (or the
 * modules it re-exports); the builders and the XML tree stay behind it.
 */
export type { Attr, AttrKey, Located, Span, Text } from './located.js';
export type { CharacterDevice, Device, DeviceBoot, Devices, Domain, Lifecycle } from './domain.js';
export { characterDevices } from './domain.js';
export type { AcpiIndex, Address, AddressField, DeviceBase, VirtioOptions } from './devices/common.js';
export type { CharBackend, CharSource, CharTarget, Channel, Console, Parallel, Serial } from './devices/chardev.js';
export type { Controller, ControllerDriver, ControllerTarget } from './devices/controller.js';
export type { Disk, DiskDriver, DiskSource, DiskTarget, Iotune } from './devices/disk.js';
export type { Filesystem } from './devices/filesystem.js';
export type { Graphics, GraphicsListen } from './devices/graphics.js';
export type { Hostdev, HostdevSource } from './devices/hostdev.js';
export type { Input } from './devices/input.js';
export type { Interface, InterfaceIp, NetDriver } from './devices/interface.js';
export type { Iommu } from './devices/iommu.js';
export type { MemoryAmount, MemoryDevice } from './devices/memory.js';
export type { OtherDevice } from './devices/other.js';
export type { Panic } from './devices/panic.js';
export type { Rng } from './devices/rng.js';
export type { Shmem } from './devices/shmem.js';
export type { Audio, AudioStream, Sound } from './devices/sound.js';
export type { Tpm } from './devices/tpm.js';
export type { Hub, Redirdev, Smartcard } from './devices/usb-redirection.js';
export type { Video, VideoModel } from './devices/video.js';
export type { Vsock } from './devices/vsock.js';
export type { Watchdog } from './devices/watchdog.js';
export type { Clock, Timer } from './clock.js';
export type { Cpu, CpuTopology, NumaCell, Vcpu } from './cpu.js';
export type { Feature, Features } from './features.js';
export type { HugePage, MemoryBacking, MemorySize, Memtune } from './memory.js';
export type { Memnode, Numatune } from './numatune.js';
export type { ThreadPool } from './settings.js';
export type { Loader, Os } from './os.js';
export { guestMemoryIsShared, numaCellCount, numaCellsKiB } from './memory.js';
export { addressFieldRange, driveAddress, formatPci, pciAddress, type DriveAddress, type PciAddress } from './address.js';
export { controllerIndexes, controllersByTypeAndIndex, deviceAddresses, type DeviceAddress } from './controllers.js';
export { diskName, diskRange } from './describe.js';
export { definedIothreadIds } from './iothreads.js';
export { archOf, hasBuiltinIde, hasPciRoot, hasPcieRoot, isI440fx, isQ35, isQemuDomain, isX86, machineOf } from './machine.js';
export { parseCUnsigned, parseDecimal, parseIdSet, sizeInKiB } from './numbers.js';
export { effectiveDiskBus, effectiveNetModel, isVirtioNetModel, virtioTransport } from './virtio.js';
export { parseSelect, selectAll, selectMissing, type Missing, type Selected, type SelectPath } from './select.js';
