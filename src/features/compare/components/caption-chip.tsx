import { captionText } from '../../../generation/sets/set-caption.ts';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { CompareMember } from '../utils/compare-member.ts';

const tones = [
  'bg-sky-400/15 text-sky-200 ring-sky-400/40',
  'bg-amber-400/15 text-amber-200 ring-amber-400/40',
  'bg-emerald-400/15 text-emerald-200 ring-emerald-400/40',
  'bg-fuchsia-400/15 text-fuchsia-200 ring-fuchsia-400/40',
];

/** A member's caption in its own colour, the same wherever the member appears (tile, wipe, diff table). */
export const CaptionChip = ({ member, index }: { member: CompareMember; index: number }) => {
  const { t } = useTranslation();
  return (
    <span
      className={`inline-flex max-w-full items-center truncate rounded px-1.5 py-0.5 font-mono text-xs font-semibold ring-1 ${tones[index % tones.length]}`}
    >
      {captionText(member.set, t)}
    </span>
  );
};
