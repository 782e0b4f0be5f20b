// The literal examples of the gateway document (docs/gateway-contract.md), shared by the parser tests.
export const unifiedCreated = JSON.parse(
  '{"id":"video_xxx","task_id":"video_xxx","object":"video","model":"kling-v3","status":"queued","progress":0,"created_at":1770000000}',
);
export const unifiedCompleted = JSON.parse(
  '{"id":"video_xxx","task_id":"video_xxx","object":"video","model":"kling-v3","status":"completed","progress":100,"seconds":"5","created_at":1770000000,"completed_at":1770000120,"metadata":{"url":"https://example.com/output.mp4"}}',
);
export const klingSubmitted = JSON.parse(
  '{"code":0,"message":"SUCCEED","request_id":"…","data":{"task_id":"…","task_status":"submitted","task_info":{"external_task_id":"…"},"created_at":1722769557708,"updated_at":1722769557708,"task_result":{"videos":[{"id":"…","url":"https://….mp4","duration":"5"}]}}}',
);
