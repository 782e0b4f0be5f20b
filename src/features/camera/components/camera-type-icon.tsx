import type { CameraType } from '../../../api/contract-limits.ts';

// A small picture of each move: the frame and the path the camera takes.
const paths: Record<CameraType | 'none', string> = {
  none: 'M8 12h8',
  simple: 'M5 12h14M12 5v14',
  down_back: 'M12 5v10m-3-3 3 3 3-3M7 19h10',
  forward_up: 'M12 19V9m-3 3 3-3 3 3M8 5h8',
  right_turn_forward: 'M6 18c0-6 4-10 11-10m-3-3 3 3-3 3',
  left_turn_forward: 'M18 18c0-6-4-10-11-10m3-3-3 3 3 3',
};

export const CameraTypeIcon = ({ type }: { type: CameraType | 'none' }) => (
  <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden className="mx-auto text-amber-300">
    <rect x="2.5" y="2.5" width="19" height="19" rx="3" fill="none" stroke="currentColor" strokeOpacity="0.35" />
    <path d={paths[type]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);
