import { z } from 'zod';
import { API_BASE } from './gateway-client.ts';

export const healthSchema = z.object({
  mode: z.enum(['simulator', 'gateway']),
  gateway: z.string(),
  profile: z.enum(['document', 'new-api']).optional(),
});
export type Health = z.infer<typeof healthSchema>;

export const getHealth = async (signal?: AbortSignal): Promise<Health> => {
  const response = await fetch(`${API_BASE}/health`, { signal });
  if (!response.ok) throw new Error(`health ${response.status}`);
  return healthSchema.parse(await response.json());
};
