import { useTranslation } from '../../../lib/use-translation.ts';
import { captionText } from '../../../generation/sets/set-caption.ts';
import { formatElapsed, secondsIn } from '../../../lib/format.ts';
import type { FileSize } from '../hooks/use-file-sizes.ts';
import { bitrate, formatBitrate, formatClock, formatFileSize, ratioText, resolutionClass } from '../utils/clip-facts.ts';
import type { CompareMember } from '../utils/compare-member.ts';

export type VideoFacts = { width: number; height: number; duration: number };
export type MeasuredFacts = { video?: VideoFacts; size?: FileSize };

type ClipFactsProps = { member: CompareMember; facts: MeasuredFacts; baseline: { facts: MeasuredFacts; member: CompareMember } | null };

const turnaround = (member: CompareMember): number | null => (member.completedAt !== null ? member.completedAt - member.submittedAt : null);
const bitsPerSecond = (facts: MeasuredFacts): number | null =>
  typeof facts.size === 'number' && facts.video ? bitrate(facts.size, facts.video.duration) : null;

/** What was measured about one clip, each figure also as a ratio of the set's first clip. */
export const ClipFacts = ({ member, facts, baseline }: ClipFactsProps) => {
  const { t } = useTranslation();
  const { video, size } = facts;
  const rate = bitsPerSecond(facts);
  const took = turnaround(member);
  const base = baseline?.facts;
  const relative = (value: number | null, of: number | null | undefined) => {
    const ratio = value === null ? null : ratioText(value, of);
    // A real space before it, so "1080p" and "2.25× of std" are not read as one word.
    return ratio && baseline ? (
      <>
        {' '}
        <span className="ml-1 whitespace-nowrap text-neutral-400">
          {t('compare.relative', {
            ratio,
            caption: baseline.member.set.caption.length <= 12 ? captionText(baseline.member.set, t) : t('compare.firstClip'),
          })}
        </span>
      </>
    ) : null;
  };
  const pending = <span className="text-neutral-400">{member.clipUrl ? t('compare.measuring') : '—'}</span>;
  const rows = [
    {
      name: 'size',
      label: t('compare.size'),
      value: video ? (
        <>
          {t('compare.sizeValue', { width: video.width, height: video.height, class: resolutionClass(video.width, video.height) })}
          {relative(video.width * video.height, base?.video ? base.video.width * base.video.height : null)}
        </>
      ) : (
        pending
      ),
    },
    { name: 'duration', label: t('compare.duration'), value: video ? formatClock(video.duration) : pending },
    {
      name: 'file',
      label: t('compare.fileSize'),
      value:
        size === 'unknown' ? (
          <span className="text-neutral-400">{t('compare.unknown')}</span>
        ) : size !== undefined ? (
          <>
            {formatFileSize(size)}
            {relative(size, typeof base?.size === 'number' ? base.size : null)}
          </>
        ) : (
          pending
        ),
    },
    {
      name: 'bitrate',
      label: t('compare.bitrate'),
      value:
        rate !== null ? (
          <>
            {formatBitrate(rate)}
            {relative(rate, base ? bitsPerSecond(base) : null)}
          </>
        ) : size === 'unknown' ? (
          <span className="text-neutral-400">{t('compare.unknown')}</span>
        ) : (
          pending
        ),
    },
    {
      name: 'turnaround',
      label: t('compare.turnaround'),
      value:
        took !== null ? (
          <>
            {formatElapsed(took, secondsIn(t))}
            {relative(took, baseline ? turnaround(baseline.member) : null)}
          </>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <div role="group" aria-label={t('compare.facts', { caption: captionText(member.set, t) })}>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-xs tabular-nums">
        {rows.map((row) => (
          <div key={row.name} className="contents" data-fact={row.name}>
            <dt className="font-sans text-neutral-400">{row.label}</dt>
            <dd className="min-w-0 break-words text-neutral-200">{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
};
