// The English catalog is the source of truth for keys; zh-CN must match its shape.
// One file per area, so work on one feature touches only its own strings.
import { app } from './en/app.ts';
import { language } from './en/language.ts';
import { compose } from './en/compose.ts';
import { tasks } from './en/tasks.ts';
import { errors } from './en/errors.ts';
import { rules } from './en/rules.ts';
import { fields } from './en/fields.ts';
import { camera } from './en/camera.ts';
import { settings } from './en/settings.ts';
import { gallery } from './en/gallery.ts';
import { player } from './en/player.ts';
import { motionBrush } from './en/motion-brush.ts';
import { compare } from './en/compare.ts';
import { compareEntry } from './en/compare-entry.ts';
import { storyboard } from './en/storyboard.ts';
import { prices } from './en/prices.ts';
import { sweep } from './en/sweep.ts';
import { pricesEntry } from './en/prices-entry.ts';
import { sweepEntry } from './en/sweep-entry.ts';
import { queue } from './en/queue.ts';
import { batch } from './en/batch.ts';
import { batchEntry } from './en/batch-entry.ts';
import { passthrough } from './en/passthrough.ts';

export const en = {
  app,
  language,
  compose,
  tasks,
  errors,
  rules,
  fields,
  camera,
  settings,
  gallery,
  player,
  motionBrush,
  storyboard,
  compare,
  compareEntry,
  prices,
  pricesEntry,
  sweep,
  sweepEntry,
  queue,
  batch,
  batchEntry,
  passthrough,
};

export type Catalog = typeof en;
