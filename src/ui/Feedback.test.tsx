// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { ErrorNotice } from './ErrorNotice';
import { SkeletonRows } from './Skeleton';
import { Spinner } from './Spinner';
import { Toast } from './Toast';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ErrorNotice', () => {
  it('is an alert with the reason and a working retry button', async () => {
    const onRetry = vi.fn();
    render(<ErrorNotice title="Could not load people" message="Ask an administrator to grant “user”." onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Could not load people');
    expect(alert.textContent).toContain('Ask an administrator');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has no retry button without onRetry, and a busy one while retrying', () => {
    const { rerender } = render(<ErrorNotice message="Oops" />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<ErrorNotice message="Oops" onRetry={() => {}} retrying />);
    expect(screen.getByRole('button', { name: 'Try again' }).getAttribute('aria-busy')).toBe('true');
  });
});

describe('EmptyState', () => {
  it('shows the title, the description and the action', () => {
    render(<EmptyState title="No one found" description="Try another name." action={<Button>Clear filters</Button>} />);
    expect(screen.getByText('No one found')).toBeTruthy();
    expect(screen.getByText('Try another name.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });
});

describe('Spinner and SkeletonRows', () => {
  it('are status regions named "Loading…" (in the current language)', () => {
    render(
      <>
        <Spinner />
        <SkeletonRows rows={3} label="Loading people…" />
      </>,
    );
    const statuses = screen.getAllByRole('status');
    expect(statuses.map((s) => s.textContent)).toEqual(['Loading…', 'Loading people…']);
  });

  it('speak Russian in a Russian portal', () => {
    render(
      <I18nProvider lang="ru">
        <Spinner />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('Загрузка…');
  });

  it('is silent when decorative', () => {
    render(<Spinner decorative />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('Toast', () => {
  it('keeps a status region mounted and fills it with the message', () => {
    const { rerender } = render(<Toast message={null} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    rerender(<Toast message="Saved" />);
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toContain('Saved');
  });

  it('dismisses itself after the duration, even when the parent re-renders', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const { rerender } = render(<Toast message="Saved" onDismiss={() => onDismiss()} duration={3000} />);
    act(() => vi.advanceTimersByTime(2000));
    rerender(<Toast message="Saved" onDismiss={() => onDismiss()} duration={3000} />);
    act(() => vi.advanceTimersByTime(1000));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('has a dismiss button', async () => {
    const onDismiss = vi.fn();
    render(<Toast message="Copied" onDismiss={onDismiss} duration={0} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
