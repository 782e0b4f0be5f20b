import type { CSSProperties } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { captionText } from '../../../generation/sets/set-caption.ts';
import type { CompareMember } from '../utils/compare-member.ts';
import type { Enrol } from '../hooks/use-video-sync.ts';

type CompareVideoProps = {
  member: CompareMember;
  clipRef: Enrol;
  style?: CSSProperties;
};

/**
 * One clip's element under the shared transport; muted, since the comparison is of
 * pictures. Callers key it by clip URL: a new URL is a new element, enrolled afresh.
 */
export const CompareVideo = ({ member, clipRef, style }: CompareVideoProps) => {
  const { t } = useTranslation();
  return (
    <video
      ref={clipRef}
      src={member.clipUrl ?? undefined}
      muted
      playsInline
      preload="auto"
      aria-label={t('compare.clipLabel', { caption: captionText(member.set, t) })}
      data-caption={member.set.caption}
      className="absolute inset-0 size-full object-contain"
      style={style}
    />
  );
};
