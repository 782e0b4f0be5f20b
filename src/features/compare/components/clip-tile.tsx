import { useClipRef } from '../hooks/use-clip-ref.ts';
import type { CompareMember } from '../utils/compare-member.ts';
import type { VideoFacts } from './clip-facts.tsx';
import { CompareVideo } from './compare-video.tsx';
import { MemberStatus } from './member-status.tsx';
import type { Enrol } from '../hooks/use-video-sync.ts';

type ClipTileProps = {
  member: CompareMember;
  enrol: Enrol;
  onFacts: (key: string, facts: VideoFacts) => void;
  aspect: string;
  className?: string;
};

const aspectClass: Record<string, string> = { '9:16': 'aspect-[9/16]', '1:1': 'aspect-square' };

/** One clip under the shared transport, or where it will appear while it is still being made. */
export const ClipTile = ({ member, enrol, onFacts, aspect, className = '' }: ClipTileProps) => {
  const clipRef = useClipRef(member.key, enrol, onFacts);
  return (
    <div
      className={`relative overflow-hidden rounded-lg bg-black ring-1 ring-neutral-800 ${aspectClass[aspect] ?? 'aspect-video'} ${className}`}
    >
      {member.clipUrl ? <CompareVideo key={member.clipUrl} member={member} clipRef={clipRef} /> : <MemberStatus member={member} />}
    </div>
  );
};
