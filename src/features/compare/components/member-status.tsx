import { useTranslation } from '../../../lib/use-translation.ts';
import { captionText } from '../../../generation/sets/set-caption.ts';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import type { CompareMember } from '../utils/compare-member.ts';

/** Where a clip will be: its progress while it runs, the gateway's words if it failed. */
export const MemberStatus = ({ member }: { member: CompareMember }) => {
  const { t } = useTranslation();
  const { status } = member;
  if (status === 'failed')
    return (
      <div className="flex h-full flex-col items-center justify-center gap-2 p-4 text-center">
        <span className="rounded bg-rose-500/15 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-rose-300">
          {t('compare.status.failed')}
        </span>
        <p className="text-sm text-rose-200">{t('compare.failed', { message: member.error ?? t('compare.unknown') })}</p>
      </div>
    );
  const word = status === 'succeeded' ? t('compare.unknown') : t(`compare.status.${status}`);
  return (
    <div className="flex h-full flex-col items-center justify-center gap-3 p-6">
      <p className="text-sm text-neutral-300">
        {word}
        {member.progress !== null && status === 'running' ? (
          <span className="ml-2 font-mono text-neutral-400">{member.progress}%</span>
        ) : null}
      </p>
      {status === 'queued' || status === 'running' ? (
        <div className="w-2/3 max-w-56">
          <ProgressBar label={t('compare.progress', { caption: captionText(member.set, t) })} value={member.progress} />
        </div>
      ) : null}
    </div>
  );
};
