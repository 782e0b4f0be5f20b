import { useCallback, useMemo, useState } from 'react';
import { buildCreateCall } from '../../../api/build-create-body.ts';
import type { Surface } from '../../../api/gateway-routes.ts';
import { adviseModel } from '../../../api/model-capabilities.ts';
import { useDraftStore } from '../stores/draft-store.ts';
import { useBodyReader } from './use-body-reader.ts';
import { composeIssues } from '../utils/compose-issues.ts';
import { requestForTab } from '../utils/compose-tabs.ts';
import { parseMetadataText } from '../utils/metadata-text.ts';

type Size = { width: number; height: number };

/** The composer's derived state: the request this tab sends, what blocks it, what to warn about, and its wire call. */
export const useCompose = (surface: Surface) => {
  const tab = useDraftStore((state) => state.tab);
  const draft = useDraftStore((state) => state.drafts[state.tab]);
  const usedExternalIds = useDraftStore((state) => state.usedExternalIds);
  const [loadedUrls, setLoadedUrls] = useState<Record<string, Size>>({});
  const onUrlLoaded = useCallback((url: string, size: Size) => setLoadedUrls((known) => ({ ...known, [url]: size })), []);
  const readBody = useBodyReader(draft.metadataText.trim() !== '');

  return useMemo(() => {
    const metadata = parseMetadataText(draft.metadataText);
    const request = { ...requestForTab(tab, draft.request), extraMetadata: metadata.ok ? metadata.value : {} };
    const issues = composeIssues({ tab, request, surface, metadata, loadedUrls, usedExternalIds, readBody });
    return { tab, draft, request, issues, advice: adviseModel(request), call: buildCreateCall(request, surface), onUrlLoaded };
  }, [tab, draft, surface, loadedUrls, usedExternalIds, onUrlLoaded, readBody]);
};
