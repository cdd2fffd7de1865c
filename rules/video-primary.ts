import type { Domain, Video } from '../src/model/index.js';

/** Models QEMU can also create as secondary display devices, and the only ones with several heads. */
export const SECONDARY_OK: ReadonlySet<string> = new Set(['qxl', 'virtio']);

/** A model 'none' video next to other videos (video-none-alone); libvirt stops there, so the other video checks stay silent. */
export function conflictingNone(domain: Domain): Video | undefined {
  const videos = domain.devices.videos;
  return videos.length > 1 ? videos.find((v) => v.model?.type?.value === 'none') : undefined;
}

/** The primary video: the first marked primary='yes', else the first. */
export function primaryVideo(videos: readonly Video[]): Video | undefined {
  return videos.find((v) => v.model?.primary?.value === 'yes') ?? videos[0];
}
