// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { makePresence as p } from '../people/fixtures';
import type { Presence } from '../people/presence';
import { PresenceBadge } from './PresenceBadge';
import { PresenceLabel } from './PresenceLabel';

afterEach(cleanup);

const NOW = Date.UTC(2026, 2, 2, 12);
const HOUR = 3_600_000;

describe('PresenceBadge', () => {
  const cases: [Presence, string][] = [
    [p({ state: 'online' }), 'Online'],
    [p({ state: 'online', onMobile: true }), 'Online on mobile'],
    [p({ state: 'dnd' }), 'Do not disturb'],
    [p({ state: 'away' }), 'Away'],
    [p({ state: 'vacation', absentUntil: Date.UTC(2026, 2, 20, 12) }), 'On leave until March 20'],
    [p({ state: 'offline' }), 'Offline'],
  ];

  it.each(cases)('names %o as "%s"', (presence, name) => {
    render(<PresenceBadge presence={presence} now={NOW} />);
    expect(screen.getByRole('img', { name })).toBeTruthy();
  });

  it('draws a different shape for every state (never colour alone)', () => {
    const { container } = render(
      <>
        {cases.map(([presence], i) => (
          <PresenceBadge key={i} presence={presence} now={NOW} />
        ))}
      </>,
    );
    const shapes = [...container.querySelectorAll('[role="img"]')].map((el) => el.getAttribute('data-shape'));
    expect(new Set(shapes).size).toBe(cases.length);
    const drawings = [...container.querySelectorAll('svg')].map((svg) => svg.innerHTML.replace(/class="[^"]*"/g, ''));
    expect(new Set(drawings).size).toBe(cases.length);
  });

  it('speaks Russian inside a Russian portal', () => {
    render(
      <I18nProvider lang="ru">
        <PresenceBadge presence={p({ state: 'dnd' })} />
        <PresenceBadge presence={p({ state: 'away' })} gender="F" />
      </I18nProvider>,
    );
    expect(screen.getByRole('img', { name: 'Не беспокоить' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Отошла' })).toBeTruthy();
  });

  it('shows nothing while presence is unknown', () => {
    const { container } = render(<PresenceBadge presence={p({ state: 'unknown' })} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('PresenceLabel', () => {
  it('writes the state and the last-seen detail', () => {
    render(<PresenceLabel presence={p({ state: 'offline', lastSeenAt: NOW - 3 * HOUR })} now={NOW} />);
    expect(screen.getByText('Offline')).toBeTruthy();
    expect(screen.getByText(/last seen 3 hours ago/)).toBeTruthy();
  });

  it('can leave the detail out', () => {
    const { container } = render(<PresenceLabel presence={p({ state: 'offline', lastSeenAt: NOW - 3 * HOUR })} now={NOW} showDetail={false} />);
    expect(container.textContent).toBe('Offline');
  });

  it('is one short phrase when compact', () => {
    const { container, rerender } = render(
      <PresenceLabel presence={p({ state: 'offline', lastSeenAt: NOW - 3 * HOUR })} now={NOW} compact />,
    );
    expect(container.textContent).toBe('last seen 3 hours ago');
    rerender(<PresenceLabel presence={p({ state: 'dnd' })} now={NOW} compact />);
    expect(container.textContent).toBe('Do not disturb');
  });

  it('uses the gendered Russian form', () => {
    render(
      <I18nProvider lang="ru">
        <PresenceLabel presence={p({ state: 'offline', lastSeenAt: NOW - 3 * HOUR })} now={NOW} gender="F" compact />
      </I18nProvider>,
    );
    expect(screen.getByText('была в сети 3 часа назад')).toBeTruthy();
  });
});
