import type { MouseEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { SetMembership } from '../../../generation/sets/comparison-set.ts';
import { captionText } from '../../../generation/sets/set-caption.ts';

/** How a card or the detail reaches the compare view; the app owns the route. */
export type SetLinks = { href: (setId: string) => string; open: (setId: string) => void };

type SetLinkProps = { set: SetMembership; label: string; links: SetLinks };

/** A set member's chip (which set, which member) and the link that opens the set side by side. */
export const SetLink = ({ set, label, links }: SetLinkProps) => {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain click stays in this tab as an in-app route; modified clicks open a new tab as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    links.open(set.id);
  };
  return (
    <span className="inline-flex max-w-full items-center self-start overflow-hidden rounded-md text-xs ring-1 ring-violet-400/40">
      <span
        className="truncate bg-violet-400/10 px-1.5 py-0.5 text-violet-200"
        title={t('compare.chip', { kind: t(`compare.kinds.${set.kind}`), caption: captionText(set, t) })}
      >
        {t('compare.chip', { kind: t(`compare.kinds.${set.kind}`), caption: captionText(set, t) })}
      </span>
      <a
        href={links.href(set.id)}
        onClick={onClick}
        aria-label={label}
        className="shrink-0 bg-violet-400/20 px-1.5 py-0.5 font-medium text-violet-100 hover:bg-violet-400/35 focus-visible:outline-2 focus-visible:outline-amber-400"
      >
        {t('compare.openCompare')} ⇆
      </a>
    </span>
  );
};
