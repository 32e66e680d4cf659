import { describe, expect, it } from 'vitest';
import { describeAppError, errorMessages, errorTechnicalDetail } from './errorMessages';
import { AppError, type AppErrorKind } from './errors';

const KINDS: AppErrorKind[] = ['not-authorised', 'missing-scope', 'rate-limited', 'network', 'not-found', 'access-denied', 'invalid-input', 'portal-error'];

describe('describeAppError', () => {
  it('names the scope an administrator must grant', () => {
    const error = new AppError('missing-scope', 'insufficient_scope', 'higher privileges', { scope: 'department', method: 'department.get' });
    expect(describeAppError(error, errorMessages.en)).toContain('“department”');
    expect(describeAppError(error, errorMessages.ru)).toContain('«department»');
    expect(describeAppError(error, errorMessages.en)).not.toContain('insufficient_scope');
  });

  it('has its own sentence for every kind, in both languages, never the raw code', () => {
    for (const m of [errorMessages.en, errorMessages.ru]) {
      const texts = KINDS.map((kind) => describeAppError(new AppError(kind, 'RAW_CODE', 'raw detail'), m));
      expect(new Set(texts).size).toBe(KINDS.length);
      for (const text of texts) {
        expect(text).not.toContain('RAW_CODE');
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('maps anything thrown before describing it', () => {
    expect(describeAppError({ code: 'NETWORK_ERROR', status: 0, message: 'x' }, errorMessages.en)).toBe(errorMessages.en.network);
  });

  it('gives the code and method as a secondary detail', () => {
    const error = new AppError('access-denied', 'ACCESS_ERROR', 'x', { method: 'im.chat.user.list' });
    expect(errorTechnicalDetail(error, errorMessages.en)).toBe('Code: ACCESS_ERROR (im.chat.user.list)');
  });
});
