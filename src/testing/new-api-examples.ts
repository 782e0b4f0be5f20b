// What deployed new-api gateways send (docs/gateway-contract.md#deployed-gateways-new-api),
// one builder per shape, for the parser tests. Values are illustrative; the tests
// assert on shape, types and units.

export const NEW_API_ID = 'task_4kQ9ZpV1x7LmN2bR8cT0yW3sD6fH5jA1';
export const CLIP = 'https://cdn.klingai.example/bs2/upload/kling-out.mp4';
export const RISK_TEXT = 'Failure to pass the risk control system';

type Inner = { task_status: string; task_status_msg?: string; videos?: { url: string; duration: string }[] };

const klingRaw = ({ task_status, task_status_msg, videos }: Inner) => ({
  code: 0,
  message: 'SUCCEED',
  request_id: '6a1f3c1e-0d1e-4b0a-9b59-2f4b2a7c1d00',
  data: {
    task_id: '860158329587187715',
    task_status,
    ...(task_status_msg ? { task_status_msg } : {}),
    task_info: {},
    created_at: 1770000000123,
    updated_at: 1770000045123,
    ...(videos ? { task_result: { videos: videos.map((video) => ({ id: 'a8c5e7b0', ...video })) } } : {}),
  },
});

type EnvelopeOptions = {
  status: 'NOT_START' | 'SUBMITTED' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE';
  progress: string;
  inner: Inner;
  resultUrl?: string;
  failReason?: string;
  finishTime?: number;
};

/** A query answer on either surface: new-api's task envelope around Kling's raw response. */
export const envelope = ({ status, progress, inner, resultUrl, failReason = '', finishTime = 0 }: EnvelopeOptions) => ({
  code: 'success',
  message: '',
  data: {
    id: 42,
    created_at: 1770000000,
    updated_at: 1770000045,
    task_id: NEW_API_ID,
    platform: '50',
    user_id: 1,
    group: 'default',
    channel_id: 3,
    quota: 250000,
    action: 'textGenerate',
    status,
    fail_reason: failReason,
    submit_time: 1770000000,
    start_time: status === 'NOT_START' ? 0 : 1770000045,
    finish_time: finishTime,
    progress,
    properties: { input: '', upstream_model_name: 'kling-v3', origin_model_name: 'kling-v3' },
    // Omitted while empty.
    ...(resultUrl === undefined ? {} : { result_url: resultUrl }),
    data: klingRaw(inner),
  },
});

export const notStarted = envelope({ status: 'NOT_START', progress: '0%', inner: { task_status: 'submitted' } });
export const submitted = envelope({ status: 'SUBMITTED', progress: '10%', inner: { task_status: 'submitted' } });
export const inProgress = envelope({ status: 'IN_PROGRESS', progress: '30%', inner: { task_status: 'processing' } });
export const succeeded = envelope({
  status: 'SUCCESS',
  progress: '100%',
  resultUrl: CLIP,
  finishTime: 1770000120,
  inner: { task_status: 'succeed', videos: [{ url: CLIP, duration: '5.1' }] },
});
// The failure text sits in result_url, the field that holds the clip on success.
export const failed = envelope({
  status: 'FAILURE',
  progress: '100%',
  resultUrl: RISK_TEXT,
  failReason: RISK_TEXT,
  finishTime: 1770000090,
  inner: { task_status: 'failed', task_status_msg: RISK_TEXT },
});
export const failedReasonOnlyInResultUrl = envelope({
  status: 'FAILURE',
  progress: '100%',
  resultUrl: RISK_TEXT,
  finishTime: 1770000090,
  inner: { task_status: 'failed' },
});

/** What a create answers, on both surfaces. */
export const created = {
  id: NEW_API_ID,
  task_id: NEW_API_ID,
  object: 'video',
  model: 'kling-v3',
  status: 'queued',
  progress: 0,
  created_at: 1770000000,
};

/** The error table: status and body as the gateway sends them. */
export const errorReplies = {
  invalidToken: {
    status: 401,
    body: { error: { code: '', message: 'Invalid token (request id: 20260101000000123456)', type: 'new_api_error' } },
  },
  invalidTokenZh: {
    status: 401,
    body: { error: { code: '', message: '无效的令牌 (request id: 20260101000000123456)', type: 'new_api_error' } },
  },
  noModel: {
    status: 400,
    body: {
      error: { code: '', message: 'Model name not specified, model name cannot be empty (request id: 2026…)', type: 'new_api_error' },
    },
  },
  unknownModel: {
    status: 503,
    body: {
      error: {
        code: 'model_not_found',
        message: 'No available channel for model kling-v9 under group default (request id: 2026…)',
        type: 'new_api_error',
      },
    },
  },
  blankPrompt: { status: 400, body: { code: 'invalid_request', message: 'prompt is required', data: null } },
  notJson: {
    status: 400,
    body: {
      error: {
        message: 'Invalid request: unexpected end of JSON input invalid JSON request body (request id: 2026…)',
        type: 'new_api_error',
        code: '',
      },
    },
  },
  unknownTask: { status: 400, body: { code: 'task_not_exist', message: 'task_not_exist', data: null } },
  klingRefused: {
    status: 400,
    body: {
      code: 'fail_to_fetch_task',
      message: '{"code":1201,"message":"Image pixel is invalid","request_id":"ad9e5c2e-6f61-4f7b-9d58-7c1d2f0b5a11"}',
      data: null,
    },
  },
  saturated: { status: 429, body: { code: 'fail_to_fetch_task', message: '当前分组上游负载已饱和，请稍后再试', data: null } },
  unknownV1Path: {
    status: 404,
    body: { error: { message: 'Invalid URL (POST /v1/video/generationz)', type: 'invalid_request_error', param: '', code: '' } },
  },
  wrongType: {
    status: 500,
    body: {
      code: 'build_request_failed',
      message: 'json: cannot unmarshal number into Go struct field .duration of type string',
      data: null,
    },
  },
};
