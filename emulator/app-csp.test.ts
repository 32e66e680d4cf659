import { describe, expect, it } from 'vitest';
import { appContentSecurityPolicy } from './app-csp';

describe('appContentSecurityPolicy', () => {
  it('allows scripts from the app only and REST, images and framing from the portal', () => {
    expect(appContentSecurityPolicy('http://localhost:5184')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: http://localhost:5184; connect-src 'self' http://localhost:5184; " +
        'frame-ancestors http://localhost:5184',
    );
  });
});
