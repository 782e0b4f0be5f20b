import { kinds, surfaces, type TaskRef } from '../../api/gateway-routes.ts';

export const taskKeys = {
  all: ['tasks'] as const,
  detail: (ref: TaskRef) => [...taskKeys.all, ref.surface, ref.kind, ref.id] as const,
  /** The ref a detail key was made from, or null for any other key. */
  refOf: (key: readonly unknown[]): TaskRef | null => {
    const [root, surface, kind, id] = key;
    const s = surfaces.find((x) => x === surface);
    const k = kinds.find((x) => x === kind);
    return root === taskKeys.all[0] && s && k && typeof id === 'string' ? { surface: s, kind: k, id } : null;
  },
};
