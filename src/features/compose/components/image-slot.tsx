import { type ClipboardEvent, type DragEvent, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.ts';
import type { RuleIssue } from '../../../api/check-request.ts';
import { useImageFacts } from '../hooks/use-image-facts.ts';
import { isImageUrl } from '../utils/image-data.ts';
import { readImageFile } from '../utils/read-image-file.ts';
import { FieldMessages, describedBy, issuesFor, messagesId } from './field-messages.tsx';
import { ImagePreview } from './image-preview.tsx';

type ImageSlotProps = {
  field: 'image' | 'imageTail' | 'staticMask';
  label: string;
  value: string | null;
  issues: RuleIssue[];
  onChange: (value: string | null) => void;
  onUrlLoaded: (url: string, size: { width: number; height: number }) => void;
};

const urlFrom = (data: DataTransfer): string | null => {
  const text = (data.getData('text/uri-list') || data.getData('text/plain')).split('\n')[0]?.trim() ?? '';
  return isImageUrl(text) ? text : null;
};

/** One image input: a URL, a picked file, a dropped file or link, or a paste. */
export const ImageSlot = ({ field, label, value, issues, onChange, onUrlLoaded }: ImageSlotProps) => {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const { facts, urlFailed } = useImageFacts(value, onUrlLoaded);
  const own = issuesFor(issues, field);

  const takeFile = (file: File | undefined) => {
    if (!file) return;
    setReadError(null);
    readImageFile(file).then(onChange, (error: unknown) => setReadError(String(error)));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) takeFile(file);
    else {
      const url = urlFrom(event.dataTransfer);
      if (url) onChange(url);
    }
  };
  const onPaste = (event: ClipboardEvent) => {
    const file = event.clipboardData.files[0];
    if (file) {
      event.preventDefault();
      takeFile(file);
    }
  };
  const urlValue = value && isImageUrl(value) ? value : '';
  // Remove goes with the preview: the focus moves to where the next image is given.
  const urlInput = useRef<HTMLInputElement>(null);
  const fromPreview = (next: string | null) => {
    if (next === null) urlInput.current?.focus();
    onChange(next);
  };

  return (
    <fieldset
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      onPaste={onPaste}
      aria-describedby={own.length ? messagesId(field) : undefined}
      className={`min-w-0 rounded-lg border border-dashed p-3 ${dragging ? 'border-amber-400 bg-amber-400/5' : own.length ? 'border-rose-500/70' : 'border-neutral-700'}`}
    >
      <legend className="px-1 text-xs font-medium uppercase tracking-wide text-neutral-400">{label}</legend>
      {value && facts ? (
        <ImagePreview value={value} facts={facts} urlFailed={urlFailed} label={label} onChange={fromPreview} />
      ) : (
        <p className="py-3 text-center text-xs text-neutral-400">{t('compose.image.dropHint')}</p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <input
          ref={urlInput}
          type="url"
          value={urlValue}
          onChange={(event) => onChange(event.target.value.trim() ? event.target.value : null)}
          placeholder={value && !urlValue ? t('compose.image.uploadedPlaceholder') : 'https://…/frame.png'}
          aria-label={t('compose.image.urlLabel', { slot: label })}
          {...describedBy(field, issues)}
          className="min-w-0 flex-1 rounded-md border border-neutral-700 bg-neutral-950 px-2 py-1.5 text-sm"
        />
        <label className="cursor-pointer rounded-md bg-neutral-800 px-3 py-1.5 text-sm font-medium hover:bg-neutral-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amber-400">
          {t('compose.image.choose')}
          <input
            type="file"
            accept="image/png,image/jpeg,image/*"
            className="sr-only"
            aria-label={t('compose.image.uploadLabel', { slot: label })}
            onChange={(event) => {
              takeFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {readError ? <p className="mt-1 text-xs text-rose-300">{readError}</p> : null}
      <FieldMessages id={messagesId(field)} issues={own} />
    </fieldset>
  );
};
