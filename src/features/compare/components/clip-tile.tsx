import { useTranslation } from 'react-i18next';
import { useClipRef } from '../hooks/use-clip-ref.ts';
import type { CompareMember } from '../utils/compare-member.ts';
import type { VideoFacts } from './clip-facts.tsx';
import { MemberStatus } from './member-status.tsx';

type ClipTileProps = {
  member: CompareMember;
  enrol: (video: HTMLVideoElement | null) => (() => void) | undefined;
  onFacts: (key: string, facts: VideoFacts) => void;
  aspect: string;
  className?: string;
};

const aspectClass: Record<string, string> = { '9:16': 'aspect-[9/16]', '1:1': 'aspect-square' };

/** One clip under the shared transport, or where it will appear while it is still being made. */
export const ClipTile = ({ member, enrol, onFacts, aspect, className = '' }: ClipTileProps) => {
  const { t } = useTranslation();
  const clipRef = useClipRef(member.key, enrol, onFacts);
  return (
    <div className={`relative overflow-hidden rounded-lg bg-black ring-1 ring-neutral-800 ${aspectClass[aspect] ?? 'aspect-video'} ${className}`}>
      {member.clipUrl ? (
        <video
          // A new clip URL is a new element: the transport enrols it afresh.
          key={member.clipUrl}
          ref={clipRef}
          src={member.clipUrl}
          muted
          playsInline
          preload="auto"
          aria-label={t('compare.clipLabel', { caption: member.set.caption })}
          data-caption={member.set.caption}
          className="absolute inset-0 size-full object-contain"
        />
      ) : (
        <MemberStatus member={member} />
      )}
    </div>
  );
};
