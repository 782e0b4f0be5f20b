import type { ReactNode } from 'react';
import { clipAddress } from '../../../api/clip-address.ts';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { player } from '../../../lib/locales/en/player.ts';
import { imageSource } from '../utils/image-source.ts';
import type { TaskRecord } from '../../../generation/records/task-record.ts';
import { modeText } from '../../../generation/sets/set-caption.ts';

type Field = keyof typeof player.field;

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[8.5rem_1fr] gap-2 border-b border-neutral-800/60 py-1.5 last:border-0">
    <dt className="text-neutral-400">{label}</dt>
    <dd className="min-w-0 break-words">{children}</dd>
  </div>
);

const json = (value: unknown) => <code className="text-xs break-all whitespace-pre-wrap">{JSON.stringify(value, null, 1)}</code>;

/** Every parameter of the request and what the gateway said about the task. */
export const RequestParams = ({ record }: { record: TaskRecord }) => {
  const { t, i18n } = useTranslation();
  const { request, task, ref } = record;
  const time = (ms: number | null | undefined) => (ms ? new Date(ms).toLocaleString(i18n.language) : t('player.none'));
  const image = (field: 'image' | 'imageTail', value: string) => (
    <img
      src={imageSource(value)}
      alt={t('player.imageAlt', { field: t(`player.field.${field}`) })}
      className="max-h-28 rounded border border-neutral-800"
    />
  );
  const rows: [Field, ReactNode][] = [
    ['taskId', <code key="id">{ref.id}</code>],
    ['surface', ref.surface],
    ['kind', ref.kind],
    ['status', task?.rawStatus ?? t('player.none')],
    ['submitted', time(record.submittedAt)],
    ['completed', time(task?.completedAt)],
  ];
  const url = clipAddress(task?.videoUrl);
  if (url)
    rows.push([
      'videoUrl',
      <a key="url" className="text-sky-300 underline" href={url} target="_blank" rel="noreferrer">
        {url}
      </a>,
    ]);
  if (request) {
    rows.push(['model', request.model], ['prompt', request.prompt], ['negativePrompt', request.negativePrompt || t('player.none')]);
    rows.push(
      ['mode', modeText(request.mode, t)],
      ['duration', t('tasks.seconds', { count: request.duration })],
      ['aspectRatio', request.aspectRatio],
    );
    if (request.cfgScale !== null) rows.push(['cfgScale', request.cfgScale]);
    if (request.image) rows.push(['image', image('image', request.image)]);
    if (request.imageTail) rows.push(['imageTail', image('imageTail', request.imageTail)]);
    if (request.cameraControl) rows.push(['cameraControl', json(request.cameraControl)]);
    if (request.staticMask) rows.push(['staticMask', t('player.masks', { count: 1 })]);
    if (request.dynamicMasks?.length) rows.push(['dynamicMasks', t('player.masks', { count: request.dynamicMasks.length })]);
    if (request.callbackUrl) rows.push(['callbackUrl', request.callbackUrl]);
    if (request.externalTaskId) rows.push(['externalTaskId', request.externalTaskId]);
    if (request.sound) rows.push(['sound', request.sound]);
    if (request.multiShot) rows.push(['multiShot', json(request.multiShot)]);
    if (Object.keys(request.extraMetadata).length > 0) rows.push(['extraMetadata', json(request.extraMetadata)]);
  } else if (task?.model) rows.push(['model', task.model]);

  return (
    <section aria-labelledby="params-heading" className="text-sm">
      <h3 id="params-heading" className="mb-1 text-xs font-medium uppercase tracking-wide text-neutral-400">
        {t('player.parameters')}
      </h3>
      {request ? null : <p className="mb-2 text-neutral-400">{t('player.unknownRequest')}</p>}
      <dl>
        {rows.map(([field, value]) => (
          <Row key={field} label={t(`player.field.${field}`)}>
            {value}
          </Row>
        ))}
      </dl>
    </section>
  );
};
