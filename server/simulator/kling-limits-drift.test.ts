import { describe, expect, it } from 'vitest';
import * as studio from '../../src/api/contract-limits.ts';
import { knownModels, modelCapabilities } from '../../src/api/model-capabilities.ts';
import { CLASSIC_KLING_FIELDS } from '../../src/api/passthrough.ts';
import {
  klingAspectRatios,
  klingCameraAxes,
  klingCameraTypes,
  klingLimits,
  klingModelDurations,
  klingModels,
  klingModes,
  unknownModelDurations,
} from './kling-limits.ts';
import { klingRequestStruct } from './new-api-decode.ts';

// The simulator's copy of Kling's limits and the studio's must say the same: if one
// changes, this fails until the other agrees (or the difference is deliberate and said here).

describe('Kling’s limits: simulator vs studio', () => {
  it('agree on every number', () => {
    expect({
      promptMax: klingLimits.promptMax,
      shotPromptMax: klingLimits.shotPromptMax,
      cfgMin: klingLimits.cfgMin,
      cfgMax: klingLimits.cfgMax,
      cfgDefault: klingLimits.cfgDefault,
      cameraAxisMin: klingLimits.cameraAxisMin,
      cameraAxisMax: klingLimits.cameraAxisMax,
      dynamicMasksMax: klingLimits.dynamicMasksMax,
      trajectoryPointsMin: klingLimits.trajectoryPointsMin,
      trajectoryPointsMax: klingLimits.trajectoryPointsMax,
      shotsMin: klingLimits.shotsMin,
      shotsMax: klingLimits.shotsMax,
      imageMaxBytes: klingLimits.imageMaxBytes,
      imageMinSide: klingLimits.imageMinSide,
      imageAspectMin: klingLimits.imageAspectMin,
      imageAspectMax: klingLimits.imageAspectMax,
      // The widest durations (a model the simulator does not know) are the studio's bounds.
      durationMin: unknownModelDurations.kind === 'range' ? unknownModelDurations.min : null,
      durationMax: unknownModelDurations.kind === 'range' ? unknownModelDurations.max : null,
    }).toEqual({
      promptMax: studio.PROMPT_MAX,
      shotPromptMax: studio.SHOT_PROMPT_MAX,
      cfgMin: studio.CFG_MIN,
      cfgMax: studio.CFG_MAX,
      cfgDefault: studio.CFG_DEFAULT,
      cameraAxisMin: studio.CAMERA_AXIS_MIN,
      cameraAxisMax: studio.CAMERA_AXIS_MAX,
      dynamicMasksMax: studio.DYNAMIC_MASKS_MAX,
      trajectoryPointsMin: studio.TRAJECTORY_POINTS_MIN,
      trajectoryPointsMax: studio.TRAJECTORY_POINTS_MAX,
      shotsMin: studio.SHOTS_MIN,
      shotsMax: studio.SHOTS_MAX,
      imageMaxBytes: studio.IMAGE_MAX_BYTES,
      imageMinSide: studio.IMAGE_MIN_SIDE,
      imageAspectMin: studio.IMAGE_ASPECT_MIN,
      imageAspectMax: studio.IMAGE_ASPECT_MAX,
      durationMin: studio.DURATION_MIN,
      durationMax: studio.DURATION_MAX,
    });
  });

  it('agree on every word list', () => {
    expect([...klingAspectRatios]).toEqual([...studio.aspectRatios]);
    expect([...klingModes]).toEqual([...studio.modes]);
    expect([...klingCameraTypes]).toEqual([...studio.cameraTypes]);
    expect([...klingCameraAxes]).toEqual([...studio.cameraAxes]);
  });

  it('know the same models, with the same durations on each', () => {
    expect([...klingModels].sort()).toEqual([...knownModels].sort());
    for (const model of klingModels) expect(klingModelDurations[model], model).toEqual(modelCapabilities[model]?.durations);
  });

  it('agree on the fields new-api passes to Kling, so the composer warns of exactly what the simulator drops', () => {
    const passed = klingRequestStruct.kind === 'struct' ? Object.keys(klingRequestStruct.fields) : [];
    // `model` is read beside `model_name` by newer versions; the studio never puts it in metadata.
    expect(passed.filter((field) => field !== 'model').sort()).toEqual([...CLASSIC_KLING_FIELDS].sort());
  });
});
