import type { z } from 'zod';
import { clipAddress } from './clip-address.ts';
import type { TaskRef } from './gateway-routes.ts';
import {
  gatewayEnvelopeSchema,
  klingEnvelopeSchema,
  unifiedTaskSchema,
  type GatewayEnvelope,
  type KlingEnvelope,
  type UnifiedTask,
} from './response-schemas.ts';
import type { Task, TaskStatus } from './task.schema.ts';

// Both vocabularies (unified, Kling's, the gateway envelope's upper case) and the
// variants seen on deployed hosts.
const statusWords: Record<string, TaskStatus> = {
  queued: 'queued',
  submitted: 'queued',
  pending: 'queued',
  not_start: 'queued',
  in_progress: 'running',
  processing: 'running',
  running: 'running',
  completed: 'succeeded',
  succeed: 'succeeded',
  succeeded: 'succeeded',
  success: 'succeeded',
  failed: 'failed',
  failure: 'failed',
  fail: 'failed',
  error: 'failed',
};

export const normalizeStatus = (word: string): TaskStatus => statusWords[word.trim().toLowerCase()] ?? 'unknown';

// A value above 10^12 is milliseconds; below, seconds (create answers in seconds,
// some queries in milliseconds).
export const toMillis = (value: number | null | undefined): number | null => {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return null;
  return value > 1e12 ? value : value * 1000;
};

const toProgress = (value: number | string | undefined, status: TaskStatus): number | null => {
  if (status === 'succeeded') return 100;
  if (value === undefined) return null;
  const n = typeof value === 'number' ? value : Number.parseFloat(value.replace('%', ''));
  return Number.isFinite(n) ? Math.max(0, Math.min(100, n)) : null;
};

const toSeconds = (value: string | number | undefined): number | null => {
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
};

const fromUnified = (ref: TaskRef, t: UnifiedTask): Task => {
  const status = normalizeStatus(t.status);
  const reason = t.fail_reason || (typeof t.error === 'string' ? t.error : t.error?.message) || null;
  const errorMessage = reason ?? (status === 'failed' ? 'failed' : null);
  return {
    ref: { ...ref, id: String(t.id ?? t.task_id) },
    status,
    rawStatus: t.status,
    progress: toProgress(t.progress, status),
    videoUrl: clipAddress(t.metadata?.url) ?? clipAddress(t.url) ?? clipAddress(t.output?.video_url),
    videoSeconds: toSeconds(t.seconds),
    model: t.model ?? null,
    createdAt: toMillis(t.created_at),
    updatedAt: toMillis(t.updated_at),
    completedAt: toMillis(t.completed_at),
    error: errorMessage
      ? { message: errorMessage, code: typeof t.error === 'object' && t.error?.code !== undefined ? String(t.error.code) : null }
      : null,
    externalTaskId: null,
    answerShape: 'task',
  };
};

const fromKling = (ref: TaskRef, envelope: KlingEnvelope): Task => {
  const d = envelope.data;
  const status = normalizeStatus(d.task_status);
  const video = d.task_result?.videos?.[0];
  return {
    ref: { ...ref, id: String(d.task_id) },
    status,
    rawStatus: d.task_status,
    progress: toProgress(undefined, status),
    videoUrl: clipAddress(video?.url),
    videoSeconds: toSeconds(video?.duration),
    model: null,
    createdAt: toMillis(d.created_at),
    updatedAt: toMillis(d.updated_at),
    completedAt: status === 'succeeded' || status === 'failed' ? toMillis(d.updated_at) : null,
    // Kling's top-level message says SUCCEED even for a failed task.
    error: status === 'failed' ? { message: d.task_status_msg || 'failed', code: null } : null,
    externalTaskId: d.task_info?.external_task_id ?? null,
    answerShape: 'kling',
  };
};

const fromGatewayEnvelope = (ref: TaskRef, envelope: GatewayEnvelope): Task => {
  const d = envelope.data;
  const status = normalizeStatus(d.status);
  // The envelope carries Kling's raw response too; prefer its video details.
  const inner = klingEnvelopeSchema.safeParse(d.data);
  const innerTask = inner.success ? fromKling(ref, inner.data) : null;
  // On FAILURE new-api writes the reason into result_url: it is text, never a clip.
  const resultClip = clipAddress(d.result_url);
  const resultText = d.result_url && !resultClip ? d.result_url : null;
  return {
    ref: { ...ref, id: String(d.task_id) },
    status,
    rawStatus: d.status,
    progress: toProgress(d.progress, status),
    videoUrl: status === 'failed' ? null : (resultClip ?? innerTask?.videoUrl ?? null),
    videoSeconds: innerTask?.videoSeconds ?? null,
    model: d.properties?.origin_model_name || null,
    createdAt: toMillis(d.submit_time) ?? innerTask?.createdAt ?? null,
    updatedAt: toMillis(d.updated_at) ?? innerTask?.updatedAt ?? null,
    completedAt: toMillis(d.finish_time) ?? innerTask?.completedAt ?? null,
    startedAt: toMillis(d.start_time),
    error: status === 'failed' ? { message: d.fail_reason || resultText || innerTask?.error?.message || 'failed', code: null } : null,
    externalTaskId: innerTask?.externalTaskId ?? null,
    answerShape: 'envelope',
  };
};

export type NormalizeResult = { ok: true; task: Task } | { ok: false; issues: z.core.$ZodIssue[] };

/** Turns any of the three documented query (or create) shapes into one Task. */
export const normalizeTask = (ref: TaskRef, body: unknown): NormalizeResult => {
  const kling = klingEnvelopeSchema.safeParse(body);
  if (kling.success) return { ok: true, task: fromKling(ref, kling.data) };
  const envelope = gatewayEnvelopeSchema.safeParse(body);
  if (envelope.success) return { ok: true, task: fromGatewayEnvelope(ref, envelope.data) };
  const unified = unifiedTaskSchema.safeParse(body);
  if (unified.success) return { ok: true, task: fromUnified(ref, unified.data) };
  return { ok: false, issues: unified.error.issues };
};
