import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_DOWNLOAD_MAX_BYTES,
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  DEFAULT_DOWNLOAD_TOTAL_TIMEOUT_MS,
  DEFAULT_DOWNLOAD_ZIP_TIMEOUT_MS,
  DEFAULT_MAX_IN_FLIGHT,
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  resolveServerEnv,
} from './server-env.ts';

const defaultLimits = {
  upstreamTimeoutMs: DEFAULT_UPSTREAM_TIMEOUT_MS,
  bodyTimeoutMs: DEFAULT_BODY_TIMEOUT_MS,
  maxInFlight: DEFAULT_MAX_IN_FLIGHT,
  downloadMaxBytes: DEFAULT_DOWNLOAD_MAX_BYTES,
  downloadTimeoutMs: DEFAULT_DOWNLOAD_TIMEOUT_MS,
  downloadTotalTimeoutMs: DEFAULT_DOWNLOAD_TOTAL_TIMEOUT_MS,
  downloadZipTimeoutMs: DEFAULT_DOWNLOAD_ZIP_TIMEOUT_MS,
  studioToken: undefined,
};

describe('resolveServerEnv', () => {
  it('runs the simulator without KLING_API_KEY', () => {
    expect(resolveServerEnv({})).toEqual({
      mode: 'simulator',
      simPort: 0,
      simTimeScale: undefined,
      simMaxRunning: undefined,
      simProfile: 'document',
      ...defaultLimits,
    });
  });

  it('reads SIM_PROFILE, and names the profiles when it is another word', () => {
    expect(resolveServerEnv({ SIM_PROFILE: 'new-api' })).toMatchObject({ mode: 'simulator', simProfile: 'new-api' });
    expect(() => resolveServerEnv({ SIM_PROFILE: 'newapi' })).toThrow(/SIM_PROFILE must be one of document, new-api/);
  });

  it('treats a blank key as unset and reads the simulator settings', () => {
    expect(
      resolveServerEnv({
        KLING_API_KEY: ' ',
        SIM_PORT: '8787',
        SIM_TIME_SCALE: '0.1',
        SIM_MAX_RUNNING: '3',
        SIM_CACHE_DIR: '/var/cache/kling-sim',
      }),
    ).toMatchObject({ mode: 'simulator', simPort: 8787, simTimeScale: 0.1, simMaxRunning: 3, simCacheDir: '/var/cache/kling-sim' });
  });

  it('targets the gateway with a key and a base URL, without its trailing slash', () => {
    expect(
      resolveServerEnv({
        KLING_API_KEY: 'sk-test',
        KLING_BASE_URL: 'https://gw.example.com/prefix/',
        PROXY_UPSTREAM_TIMEOUT_MS: '500',
      }),
    ).toEqual({ mode: 'gateway', apiKey: 'sk-test', baseUrl: 'https://gw.example.com/prefix', ...defaultLimits, upstreamTimeoutMs: 500 });
  });

  it('refuses a key without a base URL, clearly', () => {
    expect(() => resolveServerEnv({ KLING_API_KEY: 'sk-test' })).toThrow(/KLING_BASE_URL is missing/);
  });

  it.each([
    ['ftp://gw.example.com', /http:\/\/ or https:\/\//],
    ['gw.example.com', /not a URL/],
    ['https://user:pw@gw.example.com', /user name or password/],
    ['https://gw.example.com/?x=1', /query string/],
  ])('refuses KLING_BASE_URL=%s', (url, message) => {
    expect(() => resolveServerEnv({ KLING_API_KEY: 'sk-test', KLING_BASE_URL: url })).toThrow(message);
  });

  it('refuses a key with spaces or a Bearer prefix, without echoing it', () => {
    const attempt = () => resolveServerEnv({ KLING_API_KEY: 'Bearer sk-secret', KLING_BASE_URL: 'https://gw.example.com' });
    expect(attempt).toThrow(/bare key/);
    expect(attempt).not.toThrow(/sk-secret/);
  });

  it.each([
    ['SIM_PORT', '70000'],
    ['SIM_TIME_SCALE', '-1'],
    ['SIM_MAX_RUNNING', '1.5'],
    ['PROXY_UPSTREAM_TIMEOUT_MS', 'soon'],
    ['PROXY_MAX_IN_FLIGHT', '0'],
    ['DOWNLOAD_MAX_BYTES', '-5'],
    ['DOWNLOAD_TIMEOUT_MS', '1.5'],
    ['DOWNLOAD_TOTAL_TIMEOUT_MS', '0'],
    ['DOWNLOAD_TOTAL_TIMEOUT_MS', '3600001'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => resolveServerEnv({ [name]: value })).toThrow(name);
  });

  it('reads the proxy limits and the access token', () => {
    const env = resolveServerEnv({
      PROXY_MAX_IN_FLIGHT: '4',
      PROXY_BODY_TIMEOUT_MS: '1500',
      DOWNLOAD_MAX_BYTES: '1000',
      DOWNLOAD_TIMEOUT_MS: '250',
      DOWNLOAD_TOTAL_TIMEOUT_MS: '5000',
      DOWNLOAD_ZIP_TIMEOUT_MS: '9000',
      STUDIO_TOKEN: 'abcdefghijklmnop-123',
    });
    expect(env).toMatchObject({
      maxInFlight: 4,
      bodyTimeoutMs: 1500,
      downloadMaxBytes: 1000,
      downloadTimeoutMs: 250,
      downloadTotalTimeoutMs: 5000,
      downloadZipTimeoutMs: 9000,
      studioToken: 'abcdefghijklmnop-123',
    });
  });

  it.each([
    ['short-token', /STUDIO_TOKEN must be at least 16 characters/],
    ['has spaces in it, sixteen+', /STUDIO_TOKEN may contain only/],
  ])('refuses STUDIO_TOKEN=%j, naming the limit but not the value', (token, message) => {
    const attempt = () => resolveServerEnv({ STUDIO_TOKEN: token });
    expect(attempt).toThrow(message);
    expect(attempt).not.toThrow(token);
  });
});
