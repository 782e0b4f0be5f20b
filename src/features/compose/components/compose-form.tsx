import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../../lib/after-next-paint.ts';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import type { GenerationRequest } from '../../../api/generation-request.schema.ts';
import type { CreateCall } from '../../../api/build-create-body.ts';
import { mayDropFields } from '../../../api/may-drop-fields.ts';
import { modes } from '../../../api/contract-limits.ts';
import { newSetId } from '../../../generation/sets/comparison-set.ts';
import { Button } from '../../../components/button.tsx';
import { useCompose } from '../hooks/use-compose.ts';
import { useComposerSend } from '../hooks/use-composer-send.ts';
import { useDraftHydrated } from '../hooks/use-draft-hydrated.ts';
import { useStickyBarPadding } from '../hooks/use-sticky-bar-padding.ts';
import { useDraftStore } from '../stores/draft-store.ts';
import type { ComposeTab } from '../utils/compose-tabs.ts';
import { externalIdsForRuns } from '../utils/external-id.ts';
import { AdvancedFields } from './advanced-fields.tsx';
import { ComposerCost } from './composer-cost.tsx';
import { ClipSettings } from './clip-settings.tsx';
import { type CameraSlotProps, CameraSection } from './camera-section.tsx';
import { ComposeInputs } from './compose-inputs.tsx';
import { GenerateBar } from './generate-bar.tsx';
import { ModeTabs, panelId, tabId } from './mode-tabs.tsx';
import { type MotionBrushSlotProps, MotionBrushSection } from './motion-brush-section.tsx';
import { RequestPreview } from './request-preview.tsx';
import { type StoryboardSlotProps, StoryboardSection } from './storyboard-section.tsx';
import { TextField } from './text-field.tsx';
import { useToastStore } from '../../../components/toast-store.ts';

type ComposeFormProps = {
  /** After a send (the app says where the clips will appear when the gallery is out of sight). */
  onSent?: (count: number) => void;
  renderCamera: (props: CameraSlotProps) => ReactNode;
  renderMotionBrush: (props: MotionBrushSlotProps) => ReactNode;
  renderStoryboard: (props: StoryboardSlotProps) => ReactNode;
  settings?: ReactNode;
  // A sweep of what the next submit sends (the sweep dialog, wired by the app).
  renderSweep?: (props: SweepSlotProps) => ReactNode;
  // Many prompts at once over this draft (the batch dialog, wired by the app).
  renderBatch?: (props: BatchSlotProps) => ReactNode;
  // What of this request the gateway may drop, said before it is sent (the app wires the setting).
  renderPassthrough?: (call: CreateCall, seconds: number, mayDrop: boolean) => ReactNode;
};

export type CostBatches = { generate: GenerationRequest[]; stdPro: GenerationRequest[] };
export type SweepSlotProps = { request: GenerationRequest; issues: RuleIssue[]; disabled: boolean };
export type BatchSlotProps = { request: GenerationRequest; disabled: boolean };

// About the height the settings take on each tab (measured at 1280 and 390 px wide), so
// Generate does not jump when they arrive after the first frame.
const settingsHeight: Record<ComposeTab, string> = { text: 'min-h-[69rem]', image: 'min-h-[74.5rem]', frames: 'min-h-[61.5rem]' };

export const ComposeForm = ({
  onSent,
  renderCamera,
  renderMotionBrush,
  renderStoryboard,
  settings,
  renderSweep,
  renderBatch,
  renderPassthrough,
}: ComposeFormProps) => {
  const { t } = useTranslation();
  const { surface, send: onSubmit, isPending: isSubmitting, errorText: submitError } = useComposerSend(onSent);
  const hydrated = useDraftHydrated();
  const draftUnreadable = useDraftStore((state) => state.draftUnreadable);
  const { tab, draft, request, issues, advice, call, onUrlLoaded } = useCompose(surface);
  const { setTab, patch, setMetadataText, reset, restore, markSent } = useDraftStore.getState();
  // A reset throws away a prompt that may have taken a while to write: it can be taken back.
  const resetWithUndo = () => {
    const { tab: resetTab, drafts } = useDraftStore.getState();
    const before = drafts[resetTab];
    reset();
    useToastStore.getState().show({
      message: t('compose.resetDone'),
      tone: 'info',
      action: { label: t('compose.undoReset'), run: () => restore(resetTab, before) },
    });
  };
  const [runs, setRuns] = useState(1);
  // The first frame has what typing and sending need (the prompts and Generate); the
  // settings below them, and Generate's companions, render once that frame is painted
  // (npm run bench, "composer usable" and "Largest Contentful Paint"). Generate sends the same draft either way.
  const [settingsShown, setSettingsShown] = useState(false);
  useEffect(() => {
    let mounted = true;
    void afterNextPaint().then(() => mounted && setSettingsShown(true));
    return () => {
      mounted = false;
    };
  }, []);
  const generateBar = useRef<HTMLDivElement>(null);
  useStickyBarPadding(generateBar);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (issues.length > 0 || isSubmitting || !hydrated) return;
    const ids = externalIdsForRuns(request.externalTaskId, runs);
    markSent(ids);
    // The draft stays as it is: the next variation starts from here.
    onSubmit(ids.map((externalTaskId) => ({ request: { ...request, externalTaskId } })));
  };
  // Std + Pro: the same request once per mode, sent as one comparison set to judge side by side.
  const submitModes = () => {
    if (issues.length > 0 || isSubmitting || !hydrated) return;
    const ids = externalIdsForRuns(request.externalTaskId, modes.length);
    markSent(ids);
    const id = newSetId();
    onSubmit(
      modes.map((mode, position) => ({
        request: { ...request, mode, externalTaskId: ids[position] ?? null },
        set: { id, kind: 'modes', parameter: 'mode', caption: mode, position },
      })),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      className="space-y-4 rounded-xl border border-neutral-800 bg-neutral-900/60 p-4 sm:p-5"
      aria-labelledby="compose-heading"
      aria-busy={!hydrated}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="compose-heading" className="text-lg font-semibold">
          {t('compose.heading')}
        </h2>
        <Button variant="ghost" className="text-xs" onClick={resetWithUndo}>
          {t('compose.reset')}
        </Button>
      </div>
      {settings}
      <ModeTabs value={tab} onChange={setTab} />
      {draftUnreadable ? (
        <p role="status" className="rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm text-amber-200">
          {t('compose.draftUnreadable')}
        </p>
      ) : null}
      {hydrated ? (
        <div role="tabpanel" id={panelId} aria-labelledby={tabId(tab)} aria-busy={!settingsShown} className="space-y-5">
          <ComposeInputs tab={tab} request={request} issues={issues} patch={patch} onUrlLoaded={onUrlLoaded} />
          <TextField
            field="prompt"
            label={t('compose.prompt')}
            value={draft.request.prompt}
            placeholder={t(`compose.promptPlaceholder.${tab}`)}
            rows={5}
            issues={issues}
            onChange={(prompt) => patch({ prompt })}
          />
          <TextField
            field="negativePrompt"
            label={t('compose.negativePrompt')}
            value={draft.request.negativePrompt}
            placeholder={t('compose.negativePlaceholder')}
            rows={2}
            issues={issues}
            onChange={(negativePrompt) => patch({ negativePrompt })}
          />
          {settingsShown ? (
            <>
              <ClipSettings request={request} issues={issues} advice={advice} hasFirstFrame={Boolean(request.image)} patch={patch} />
              <StoryboardSection request={request} issues={issues} advice={advice} patch={patch} renderStoryboard={renderStoryboard} />
              <CameraSection tab={tab} request={request} issues={issues} advice={advice} patch={patch} renderCamera={renderCamera} />
              {tab === 'image' ? (
                <MotionBrushSection request={request} issues={issues} patch={patch} renderMotionBrush={renderMotionBrush} />
              ) : null}
              <AdvancedFields
                callbackUrl={request.callbackUrl}
                externalTaskId={request.externalTaskId}
                metadataText={draft.metadataText}
                issues={issues}
                onChange={patch}
                onMetadataText={setMetadataText}
              />
              <RequestPreview call={call} />
              {renderPassthrough?.(call, request.duration, mayDropFields(request))}
            </>
          ) : (
            <div className={settingsHeight[tab]} />
          )}
        </div>
      ) : (
        <p className="py-10 text-center text-sm text-neutral-400">{t('compose.loadingDraft')}</p>
      )}
      {/* Generate stays in sight however long the settings above it run: it sticks to the bottom of
          the composer's scroll area (the page, on a phone), over the form's own padding. */}
      <div
        ref={generateBar}
        className="sticky bottom-0 z-10 -mx-4 -mb-4 rounded-b-xl bg-neutral-900 px-4 pb-4 sm:-mx-5 sm:-mb-5 sm:px-5 sm:pb-5"
      >
        <GenerateBar
          issues={hydrated ? issues : []}
          isSubmitting={isSubmitting || !hydrated}
          runs={runs}
          onRuns={setRuns}
          submitError={submitError}
          extras={settingsShown}
          onStdPro={submitModes}
          cost={
            <ComposerCost
              batches={{ generate: Array.from({ length: runs }, () => request), stdPro: modes.map((mode) => ({ ...request, mode })) }}
            />
          }
          sweep={renderSweep?.({ request, issues, disabled: !hydrated || isSubmitting })}
          batch={renderBatch?.({ request, disabled: !hydrated })}
        />
      </div>
    </form>
  );
};
