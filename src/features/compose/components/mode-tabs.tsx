import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import { composeTabs, type ComposeTab } from '../utils/compose-tabs.ts';

type ModeTabsProps = { value: ComposeTab; onChange: (tab: ComposeTab) => void };

export const tabId = (tab: ComposeTab) => `compose-tab-${tab}`;
export const panelId = 'compose-panel';

/** A WAI-ARIA tablist: one tab stop, arrows, Home and End move and select. */
export const ModeTabs = ({ value, onChange }: ModeTabsProps) => {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<ComposeTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const index = composeTabs.indexOf(value);
    const last = composeTabs.length - 1;
    const next = { ArrowRight: index + 1 > last ? 0 : index + 1, ArrowLeft: index - 1 < 0 ? last : index - 1, Home: 0, End: last }[
      event.key
    ];
    if (next === undefined) return;
    event.preventDefault();
    const tab = composeTabs[next] ?? value;
    onChange(tab);
    refs.current[tab]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={t('compose.tabsLabel')}
      className="grid grid-cols-3 gap-1 rounded-lg bg-neutral-950 p-1"
      onKeyDown={onKeyDown}
    >
      {composeTabs.map((tab) => (
        <button
          key={tab}
          ref={(node) => {
            refs.current[tab] = node;
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === value}
          aria-controls={panelId}
          tabIndex={tab === value ? 0 : -1}
          onClick={() => onChange(tab)}
          className="rounded-md px-2 py-2 text-sm font-medium text-neutral-400 aria-selected:bg-neutral-800 aria-selected:text-amber-300"
        >
          {t(`compose.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
};
