// A task's status words, without zod, for code on the start path (task.schema.ts holds the schemas).

export const taskStatuses = ['queued', 'running', 'succeeded', 'failed', 'unknown'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const isTerminal = (status: TaskStatus): boolean => status === 'succeeded' || status === 'failed';
