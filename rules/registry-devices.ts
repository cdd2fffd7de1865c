import type { Rule } from '../src/rule.js';
import addressCcwS390Only from './address-ccw-s390-only.js';
import addressCcwUnique from './address-ccw-unique.js';
import addressZpci from './address-zpci.js';
import parallelPortArch from './parallel-port-arch.js';
import addressUnassignedHostdevOnly from './address-unassigned-hostdev-only.js';
import audioFixedSettings from './audio-fixed-settings.js';
import audioReferences from './audio-references.js';
import chardevReconnect from './chardev-reconnect.js';
import chardevSourceAttrs from './chardev-source-attrs.js';
import controllerIndexUnique from './controller-index-unique.js';
import controllerVirtioScsiOnlyAttrs from './controller-virtio-scsi-only-attrs.js';
import deviceAcpiIndex from './device-acpi-index.js';
import deviceAcpiIndexQemu from './device-acpi-index-qemu.js';
import deviceAliasUnique from './device-alias-unique.js';
import diskAddressTypeMatchesBus from './disk-address-type-matches-bus.js';
import diskBusSpecificAttrs from './disk-bus-specific-attrs.js';
import diskCdromBusEjectable from './disk-cdrom-bus-ejectable.js';
import diskCopyOnRead from './disk-copy-on-read.js';
import diskDeviceBusCompat from './disk-device-bus-compat.js';
import diskDriverName from './disk-driver-name.js';
import diskIoNativeCache from './disk-io-native-cache.js';
import diskIothreadValid from './disk-iothread-valid.js';
import diskIotune from './disk-iotune.js';
import diskNvmeNamespace from './disk-nvme-namespace.js';
import diskLunBus from './disk-lun-bus.js';
import diskLunFormatRaw from './disk-lun-format-raw.js';
import diskLunIdentity from './disk-lun-identity.js';
import diskLunSourceType from './disk-lun-source-type.js';
import diskRawioSgioRequiresLun from './disk-rawio-sgio-requires-lun.js';
import sgioUnfiltered from './sgio-unfiltered.js';
import diskModelRequiresVirtioBus from './disk-model-requires-virtio-bus.js';
import diskNetworkAuthProtocol from './disk-network-auth-protocol.js';
import diskRemovableMediaAttrs from './disk-removable-media-attrs.js';
import diskSerialCharacters from './disk-serial-characters.js';
import diskShareableFormat from './disk-shareable-format.js';
import diskSourceRequired from './disk-source-required.js';
import diskTargetNameValid from './disk-target-name-valid.js';
import diskTargetUnique from './disk-target-unique.js';
import diskVirtioDriverAttrs from './disk-virtio-driver-attrs.js';
import driveAddressBusLimits from './drive-address-bus-limits.js';
import driveAddressUnique from './drive-address-unique.js';
import graphicsCombinations from './graphics-combinations.js';
import graphicsPortRange from './graphics-port-range.js';
import hostdevAddressType from './hostdev-address-type.js';
import hostdevDuplicate from './hostdev-duplicate.js';
import interfaceMacAddress from './interface-mac-address.js';
import iommuMachineAndIoapic from './iommu-machine-and-ioapic.js';
import iommuModelSettings from './iommu-model-settings.js';
import netConnectionTypeRestrictions from './net-connection-type-restrictions.js';
import netDriverAttrsNonvirtio from './net-driver-attrs-nonvirtio.js';
import netIpPlacement from './net-ip-placement.js';
import netMtuType from './net-mtu-type.js';
import netTeaming from './net-teaming.js';
import netVdpaModel from './net-vdpa-model.js';
import netVhostuserRequiresVirtio from './net-vhostuser-requires-virtio.js';
import netVirtioQueueSizes from './net-virtio-queue-sizes.js';
import pciAddressDoubleUse from './pci-address-double-use.js';
import pciAddressRange from './pci-address-range.js';
import pciRootModel from './pci-root-model.js';
import spiceChardevRequiresSpice from './spice-chardev-requires-spice.js';
import usbDisabled from './usb-disabled.js';
import vhostUserSharedMemory from './vhost-user-shared-memory.js';
import videoAttrCompat from './video-attr-compat.js';
import videoHeadsModel from './video-heads-model.js';
import videoNoneAlone from './video-none-alone.js';
import videoPrimaryUnique from './video-primary-unique.js';
import videoSecondaryModel from './video-secondary-model.js';
import virtioOptionsRequireVirtio from './virtio-options-require-virtio.js';
import vncPasswordLength from './vnc-password-length.js';
import watchdogSingle from './watchdog-single.js';
import filesystemModeRequiresMapped from './filesystem-mode-requires-mapped.js';
import filesystemTypeMount from './filesystem-type-mount.js';
import filesystemVirtiofs9pOptions from './filesystem-virtiofs-9p-options.js';
import filesystemVirtiofsAccessmode from './filesystem-virtiofs-accessmode.js';
import filesystemVirtiofsTargetUnique from './filesystem-virtiofs-target-unique.js';
import filesystemVirtiofsReadonly from './filesystem-virtiofs-readonly.js';
import inputBusCompat from './input-bus-compat.js';
import panicModelArch from './panic-model-arch.js';
import shmemName from './shmem-name.js';
import vsockCidRange from './vsock-cid-range.js';
import diskTransient from './disk-transient.js';
import diskVhostuserAttrs from './disk-vhostuser-attrs.js';
import pciControllerPlacement from './pci-controller-placement.js';
import ideControllerMachine from './ide-controller-machine.js';
import memoryDeviceModels from './memory-device-models.js';
import memoryDimmArmAcpi from './memory-dimm-arm-acpi.js';
import memoryDeviceSlots from './memory-device-slots.js';
import serialTargetCompat from './serial-target-compat.js';
import pciControllerOptions from './pci-controller-options.js';
import soundModelQemu from './sound-model-qemu.js';
import controllerModelQemu from './controller-model-qemu.js';
import virtioSerialPort from './virtio-serial-port.js';
import hostdevOptions from './hostdev-options.js';
import hostdevMdevS390Only from './hostdev-mdev-s390-only.js';
import romDisabledSettings from './rom-disabled-settings.js';
import shmemServer from './shmem-server.js';
import shmemSize from './shmem-size.js';
import usbDeviceAddressType from './usb-device-address-type.js';
import filesystemHandlePassthrough from './filesystem-handle-passthrough.js';

/** Rules about devices: disks, interfaces, controllers, addresses, host devices, displays, character devices. */
export const DEVICE_RULES: readonly Rule[] = [
  addressCcwS390Only,
  addressCcwUnique,
  addressZpci,
  parallelPortArch,
  addressUnassignedHostdevOnly,
  audioFixedSettings,
  audioReferences,
  chardevReconnect,
  chardevSourceAttrs,
  controllerIndexUnique,
  controllerVirtioScsiOnlyAttrs,
  deviceAcpiIndex,
  deviceAcpiIndexQemu,
  deviceAliasUnique,
  diskAddressTypeMatchesBus,
  diskBusSpecificAttrs,
  diskCdromBusEjectable,
  diskCopyOnRead,
  diskDeviceBusCompat,
  diskDriverName,
  diskIoNativeCache,
  diskIothreadValid,
  diskIotune,
  diskLunBus,
  diskNvmeNamespace,
  diskLunFormatRaw,
  diskLunIdentity,
  diskLunSourceType,
  diskRawioSgioRequiresLun,
  sgioUnfiltered,
  diskModelRequiresVirtioBus,
  diskNetworkAuthProtocol,
  diskRemovableMediaAttrs,
  diskSerialCharacters,
  diskShareableFormat,
  diskSourceRequired,
  diskTargetNameValid,
  diskTargetUnique,
  diskVirtioDriverAttrs,
  driveAddressBusLimits,
  driveAddressUnique,
  graphicsCombinations,
  graphicsPortRange,
  hostdevAddressType,
  hostdevDuplicate,
  interfaceMacAddress,
  iommuMachineAndIoapic,
  iommuModelSettings,
  netConnectionTypeRestrictions,
  netDriverAttrsNonvirtio,
  netIpPlacement,
  netMtuType,
  netTeaming,
  netVdpaModel,
  netVhostuserRequiresVirtio,
  netVirtioQueueSizes,
  pciAddressDoubleUse,
  pciAddressRange,
  pciRootModel,
  spiceChardevRequiresSpice,
  usbDisabled,
  vhostUserSharedMemory,
  videoAttrCompat,
  videoHeadsModel,
  videoNoneAlone,
  videoPrimaryUnique,
  videoSecondaryModel,
  virtioOptionsRequireVirtio,
  vncPasswordLength,
  watchdogSingle,
  filesystemModeRequiresMapped,
  filesystemTypeMount,
  filesystemVirtiofs9pOptions,
  filesystemVirtiofsAccessmode,
  filesystemVirtiofsTargetUnique,
  filesystemVirtiofsReadonly,
  inputBusCompat,
  panicModelArch,
  shmemName,
  vsockCidRange,
  diskTransient,
  diskVhostuserAttrs,
  pciControllerPlacement,
  ideControllerMachine,
  memoryDeviceModels,
  memoryDimmArmAcpi,
  memoryDeviceSlots,
  serialTargetCompat,
  pciControllerOptions,
  soundModelQemu,
  controllerModelQemu,
  virtioSerialPort,
  hostdevOptions,
  hostdevMdevS390Only,
  romDisabledSettings,
  shmemServer,
  shmemSize,
  filesystemHandlePassthrough,
  usbDeviceAddressType,
];
