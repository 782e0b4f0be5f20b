import type { GenerationRequest } from '../api/generation-request.schema.ts';
import { useDraftStore } from '../features/compose/stores/draft-store.ts';

// Remix: a finished task's request becomes the composer's draft, in the tab that
// sends that kind of request. The app layer is where the two features may meet.
export const loadIntoComposer = (request: GenerationRequest) => {
  const drafts = useDraftStore.getState();
  drafts.setTab(request.imageTail ? 'frames' : request.image ? 'image' : 'text');
  // external_task_id is unique per account, so a remix starts without one.
  useDraftStore.getState().patch({ ...request, externalTaskId: null, extraMetadata: {} });
  const extra = request.extraMetadata;
  useDraftStore.getState().setMetadataText(Object.keys(extra).length > 0 ? JSON.stringify(extra, null, 2) : '');
  const prompt = document.getElementById('prompt');
  prompt?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  prompt?.focus({ preventScroll: true });
};
