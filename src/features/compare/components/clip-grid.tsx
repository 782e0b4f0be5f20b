import type { CompareMember } from '../utils/compare-member.ts';
import { CaptionChip } from './caption-chip.tsx';
import { ClipFacts, type MeasuredFacts, type VideoFacts } from './clip-facts.tsx';
import { ClipTile } from './clip-tile.tsx';
import type { Enrol } from '../hooks/use-video-sync.ts';

type ClipGridProps = {
  members: CompareMember[];
  facts: Record<string, MeasuredFacts>;
  enrol: Enrol;
  onFacts: (key: string, facts: VideoFacts) => void;
  aspect: string;
};

const columns = (count: number) =>
  count <= 1 ? 'sm:grid-cols-1' : count === 2 || count === 4 ? 'sm:grid-cols-2' : 'sm:grid-cols-2 xl:grid-cols-3';

/**
 * Clips side by side with their facts underneath; tall (9:16) clips stack instead, each
 * with its facts beside it, so a row reads across like the landscape layout reads down.
 */
export const ClipGrid = ({ members, facts, enrol, onFacts, aspect }: ClipGridProps) => {
  const tall = aspect === '9:16';
  const first = members[0];
  const baseline = (member: CompareMember) => (first && member !== first ? { facts: facts[first.key] ?? {}, member: first } : null);
  return (
    <div className={tall ? 'space-y-3' : `grid grid-cols-1 gap-3 ${columns(members.length)}`}>
      {members.map((member, index) => (
        <figure
          key={member.key}
          className={`min-w-0 rounded-xl border border-neutral-800 bg-neutral-900/50 p-2 ${tall ? 'flex gap-3' : 'space-y-2'}`}
        >
          {tall ? null : (
            <figcaption className="flex items-center gap-2 px-0.5">
              <CaptionChip member={member} index={index} />
            </figcaption>
          )}
          <ClipTile
            member={member}
            enrol={enrol}
            onFacts={onFacts}
            aspect={aspect}
            className={tall ? 'max-h-[60vh] w-[min(40%,18rem)] shrink-0' : 'w-full'}
          />
          <div className={`min-w-0 ${tall ? 'flex-1 space-y-2 py-1' : 'px-0.5'}`}>
            {tall ? (
              <figcaption>
                <CaptionChip member={member} index={index} />
              </figcaption>
            ) : null}
            <ClipFacts member={member} facts={facts[member.key] ?? {}} baseline={baseline(member)} />
          </div>
        </figure>
      ))}
    </div>
  );
};
