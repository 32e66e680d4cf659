import { describe, expect, it } from 'vitest';
import { readShellSettings, withStaticFlag } from './settings';

describe('readShellSettings', () => {
  it('uses the configured app URL and its origin', () => {
    expect(readShellSettings('http://localhost:5183/', '')).toEqual({
      appUrl: 'http://localhost:5183/',
      appOrigin: 'http://localhost:5183',
      staticApp: false,
    });
  });

  it('opens another page of the app origin with appPath and a static launch with static=1', () => {
    expect(readShellSettings('http://localhost:5183/', '?appPath=/__harness/sdk-harness.html&static=1')).toEqual({
      appUrl: 'http://localhost:5183/__harness/sdk-harness.html',
      appOrigin: 'http://localhost:5183',
      staticApp: true,
    });
  });

  it('ignores an appPath that would leave the app origin', () => {
    expect(readShellSettings('http://localhost:5183/', '?appPath=//evil.example/x').appUrl).toBe('http://localhost:5183/');
    expect(readShellSettings('http://localhost:5183/', '?appPath=http://evil.example/').appUrl).toBe(
      'http://localhost:5183/',
    );
  });
});

describe('withStaticFlag', () => {
  it('adds or removes static=1 and keeps the rest', () => {
    expect(withStaticFlag('?appPath=/a.html', true)).toBe('?appPath=%2Fa.html&static=1');
    expect(withStaticFlag('?static=1', false)).toBe('');
  });
});
