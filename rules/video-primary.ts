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
  for (let i = 0; i < videos.length; i++) if (videos[i]!.model?.primary?.value === 'yes') return videos[i];
  return videos[0];
}
