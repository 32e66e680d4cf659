// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { COPY_CONFIRMATION_MS, CopyButton } from './CopyButton';
import { copyText } from './copyText';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

describe('CopyButton', () => {
  it('copies, then says so (role=status) for a moment', async () => {
    const written: string[] = [];
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    // After setup: user-event puts a clipboard stub of its own on navigator.
    stubClipboard(async (text) => void written.push(text));
    render(<CopyButton text="anna@example.com" label="Copy e-mail" copiedMessage="E-mail copied" />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Copy e-mail' }));
    expect(written).toEqual(['anna@example.com']);
    expect(status.textContent).toBe('E-mail copied');
    await act(() => vi.advanceTimersByTimeAsync(COPY_CONFIRMATION_MS + 10));
    expect(status.textContent).toBe('');
  });

  it('says why in Russian when nothing could be copied', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new Error('Write permission denied')));
    document.execCommand = () => false;
    render(
      <I18nProvider lang="ru">
        <CopyButton text="+7 495 000-00-00" label="Скопировать номер" />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Скопировать номер' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Не удалось скопировать/);
  });
});

describe('copyText', () => {
  it('falls back to the selection and the copy command when the Clipboard API is refused (a portal iframe)', async () => {
    stubClipboard(() => Promise.reject(new Error('Write permission denied')));
    let selected = '';
    document.execCommand = (command: string) => {
      selected = (document.activeElement as HTMLTextAreaElement | null)?.value ?? '';
      return command === 'copy';
    };
    const box = document.createElement('div');
    const button = document.createElement('button');
    box.append(button);
    document.body.append(box);
    button.focus();
    expect(await copyText('hello', box)).toBe(true);
    expect(selected).toBe('hello');
    expect(box.querySelector('textarea')).toBeNull(); // cleaned up
    expect(document.activeElement).toBe(button); // focus given back
    box.remove();
  });
});
