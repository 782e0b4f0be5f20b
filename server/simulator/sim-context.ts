import type { ClipSpec } from './clip/clip-spec.ts';
import type { SimProfile } from './sim-profile.ts';
import type { SimTask, SimTaskStore } from './sim-task-store.ts';

// What the clip renderer offers the simulator (server/simulator/clip/clip-store.ts).
export type ClipSource = {
  getClip: (spec: ClipSpec) => Promise<{ file: string; size: number; key: string }>;
  pathFor: (key: string) => string | undefined;
};

export type SimContext = {
  profile: SimProfile;
  tasks: SimTaskStore;
  clips: ClipSource;
  publicUrl: string;
  timeScale: number;
  maxRunning: number;
  now: () => number;
};

// A CDN-style signed URL whose expiry lies in the past; serve-clip answers it 404.
export const EXPIRES_PARAM = 'Expires';

export const clipUrlFor = (context: SimContext, task: SimTask): string | null => {
  if (!task.clipKey) return null;
  const url = `${context.publicUrl}/files/${task.clipKey}.mp4`;
  return task.tokens.has('expired') ? `${url}?${EXPIRES_PARAM}=${Math.floor(task.createdAt / 1000)}` : url;
};
