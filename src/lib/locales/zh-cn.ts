import type { Catalog } from './en.ts';
import { app } from './zh-cn/app.ts';
import { language } from './zh-cn/language.ts';
import { compose } from './zh-cn/compose.ts';
import { tasks } from './zh-cn/tasks.ts';
import { errors } from './zh-cn/errors.ts';
import { rules } from './zh-cn/rules.ts';
import { fields } from './zh-cn/fields.ts';
import { camera } from './zh-cn/camera.ts';
import { settings } from './zh-cn/settings.ts';
import { gallery } from './zh-cn/gallery.ts';
import { player } from './zh-cn/player.ts';
import { motionBrush } from './zh-cn/motion-brush.ts';
import { compare } from './zh-cn/compare.ts';
import { compareEntry } from './zh-cn/compare-entry.ts';
import { storyboard } from './zh-cn/storyboard.ts';
import { prices } from './zh-cn/prices.ts';
import { sweep } from './zh-cn/sweep.ts';
import { pricesEntry } from './zh-cn/prices-entry.ts';
import { sweepEntry } from './zh-cn/sweep-entry.ts';
import { queue } from './zh-cn/queue.ts';
import { batch } from './zh-cn/batch.ts';
import { batchEntry } from './zh-cn/batch-entry.ts';
import { passthrough } from './zh-cn/passthrough.ts';

export const zhCN: Catalog = {
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
