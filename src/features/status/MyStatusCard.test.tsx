// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPortalFrame, setRestTransport } from '../../b24';
import { createFakeFrame, createFakeTransport, imUser, restError, type FakeFrame, type FakeTransport } from '../../b24/testing';
import { I18nProvider } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { loadFirstScreen } from '../../people/firstScreen';
import { peopleKeys } from '../../people/queries';
import type { ChatStatus } from '../../people/types';
import { DND_UNTIL_OPTION, parseUntil, serializeUntil } from './durations';
import { MyStatusCard } from './MyStatusCard';

let rest: FakeTransport;
let frame: FakeFrame;
let portal: { status: ChatStatus; idle: string | false };

/** A little portal: status set/get and the idle mark act on one im user. */
function startPortal(status: ChatStatus = 'online', userOptions: Record<string, string> = {}) {
  portal = { status, idle: false };
  rest = createFakeTransport({
    'im.user.get': () =>
      imUser({ id: 7, first_name: 'Anna', last_name: 'Ivanova', work_position: 'Designer', gender: 'F', status: portal.status, idle: portal.idle }),
    'im.user.status.get': () => portal.status,
    'im.user.status.set': ({ STATUS }) => {
      portal.status = STATUS as ChatStatus;
      return true;
    },
    'im.user.status.idle.start': ({ AGO }) => {
      portal.idle = new Date(Date.now() - Number(AGO) * 60_000).toISOString();
      return true;
    },
    'im.user.status.idle.end': () => {
      portal.idle = false;
      return true;
    },
  });
  frame = createFakeFrame(userOptions);
  setRestTransport(rest);
  setPortalFrame(frame);
}

/** Loads the first screen like the app does (one batch), then shows the card. */
async function renderCard(lang = 'en', compact = false) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  await loadFirstScreen(client, {});
  const callsBefore = rest.calls.length;
  const view = render(
    <I18nProvider lang={lang}>
      <QueryClientProvider client={client}>
        <MyStatusCard compact={compact} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...view, client, callsBefore };
}

const methods = (from = 0) => rest.calls.slice(from).map((c) => c.method);
const statusSets = () => rest.calls.filter((c) => c.method === 'im.user.status.set').map((c) => c.params.STATUS);
const dndSwitch = () => screen.getByRole('switch', { name: 'Do not disturb' });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  setRestTransport(null);
  setPortalFrame(null);
});

describe('MyStatusCard', () => {
  it('shows me from the first screen without a request of its own', async () => {
    startPortal('online');
    const { callsBefore } = await renderCard();
    expect(screen.getByText('Anna Ivanova')).toBeTruthy();
    expect(screen.getByText('Designer')).toBeTruthy();
    expect(screen.getByText('Online')).toBeTruthy();
    expect(dndSwitch().getAttribute('aria-checked')).toBe('false');
    await act(async () => {});
    expect(methods(callsBefore)).toEqual([]);
  });

  it('turns DND on at once (before any answer) with one request, and off again', async () => {
    startPortal('online');
    const { client, callsBefore } = await renderCard();
    fireEvent.click(dndSwitch());
    expect(dndSwitch().getAttribute('aria-checked')).toBe('true'); // same tick as the click
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd'); // my row elsewhere changes too
    await waitFor(() => expect(portal.status).toBe('dnd'));
    expect(methods(callsBefore)).toEqual(['im.user.status.set']);

    fireEvent.click(dndSwitch());
    expect(dndSwitch().getAttribute('aria-checked')).toBe('false');
    await waitFor(() => expect(portal.status).toBe('online'));
    expect(statusSets()).toEqual(['dnd', 'online']);
  });

  it('toggles with Space and Enter', async () => {
    startPortal('online');
    await renderCard();
    const user = userEvent.setup();
    dndSwitch().focus();
    await user.keyboard(' ');
    expect(dndSwitch().getAttribute('aria-checked')).toBe('true');
    await user.keyboard('{Enter}');
    expect(dndSwitch().getAttribute('aria-checked')).toBe('false');
    await waitFor(() => expect(portal.status).toBe('online'));
  });

  it('rolls back to the portal status read again, says why in words, and retries', async () => {
    startPortal('online');
    await renderCard();
    rest.handle({ 'im.user.status.set': () => restError('INTERNAL_SERVER_ERROR', 500) });
    fireEvent.click(dndSwitch());
    const alert = await screen.findByRole('alert');
    expect(dndSwitch().getAttribute('aria-checked')).toBe('false');
    expect(methods().slice(-2)).toEqual(['im.user.status.set', 'im.user.status.get']);
    expect(alert.textContent).toContain('Could not turn on Do not disturb');
    expect(alert.textContent).toContain('Bitrix24 answered with an error');
    await waitFor(() => expect(alert.textContent).toContain('Your status in Bitrix24 is: Online.'));
    expect(alert.textContent).not.toContain('INTERNAL_SERVER_ERROR');

    rest.handle({
      'im.user.status.set': ({ STATUS }) => {
        portal.status = STATUS as ChatStatus;
        return true;
      },
    });
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(dndSwitch().getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(dndSwitch()); // the Retry button went away with the alert
    await waitFor(() => expect(portal.status).toBe('dnd'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the portal could not even be checked after a failure', async () => {
    startPortal('online');
    await renderCard();
    let answerRead: () => void = () => {};
    const readAnswered = new Promise<void>((resolve) => (answerRead = resolve));
    rest.handle({
      'im.user.status.set': () => restError('INTERNAL_SERVER_ERROR', 500),
      'im.user.status.get': async () => {
        await readAnswered;
        return restError('INTERNAL_SERVER_ERROR', 500);
      },
    });
    fireEvent.click(dndSwitch());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Checking your status in Bitrix24…');
    expect(screen.queryByText(/Saving…/)).toBeNull(); // nothing is being saved while checking
    answerRead();
    await waitFor(() => expect(alert.textContent).toContain('could not be checked either; the last one it confirmed is: Online.'));
    expect(dndSwitch().getAttribute('aria-checked')).toBe('false');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a status set elsewhere when I come back to the page, with one im.user.get', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      startPortal('online');
      const { callsBefore } = await renderCard();
      portal.status = 'dnd'; // turned on in the messenger
      portal.idle = false;
      act(() => void window.dispatchEvent(new Event('focus')));
      await act(async () => {});
      expect(methods(callsBefore)).toEqual([]); // just read by the first screen: not again so soon

      vi.setSystemTime(Date.now() + 31_000);
      act(() => void window.dispatchEvent(new Event('focus')));
      await waitFor(() => expect(dndSwitch().getAttribute('aria-checked')).toBe('true'));
      expect(screen.getByText('Do not disturb', { selector: '[data-status] span' })).toBeTruthy();
      expect(methods(callsBefore)).toEqual(['im.user.get']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows away set elsewhere in words with the switch off; on sets dnd, off sets online', async () => {
    startPortal('away');
    await renderCard();
    expect(screen.getByText('Away')).toBeTruthy();
    expect(screen.getByText(/set in the messenger/)).toBeTruthy();
    expect(dndSwitch().getAttribute('aria-checked')).toBe('false');
    fireEvent.click(dndSwitch());
    await waitFor(() => expect(portal.status).toBe('dnd'));
    fireEvent.click(dndSwitch());
    await waitFor(() => expect(portal.status).toBe('online'));
    expect(statusSets()).toEqual(['dnd', 'online']);
  });

  it('turns DND on for 30 minutes, keeps the end time in a user option and shows it', async () => {
    startPortal('online');
    await renderCard();
    const user = userEvent.setup();
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'For how long…' }));
    // The presets are a set of choices: none is current while DND is off.
    const presets = screen.getAllByRole('menuitemradio');
    expect(presets.map((item) => item.getAttribute('aria-checked'))).toEqual(['false', 'false', 'false', 'false', 'false']);
    await user.click(screen.getByRole('menuitemradio', { name: 'For 30 minutes' }));
    expect(dndSwitch().getAttribute('aria-checked')).toBe('true');
    await waitFor(() => expect(portal.status).toBe('dnd'));
    const until = parseUntil(frame.userOptions.get(DND_UNTIL_OPTION) ?? null);
    expect(until).toBeGreaterThanOrEqual(before + 30 * 60_000);
    expect(until).toBeLessThan(before + 31 * 60_000);
    expect(screen.getByText(new RegExp(`until ${formatTime(until as number, 'en-US')}`))).toBeTruthy();
    // Said beside the end time, and as the switch's description.
    expect(screen.getByText('The timer runs only while this app is open.', { selector: 'p' })).toBeTruthy();
    const described = document.getElementById(dndSwitch().getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('The timer runs only while this app is open.');
    // Once: the switch points at the visible note instead of repeating it for screen readers.
    expect(screen.getAllByText('The timer runs only while this app is open.')).toHaveLength(1);
    // The menu marks the duration that is on.
    await user.click(screen.getByRole('button', { name: 'For how long…' }));
    expect(screen.getByRole('menuitemradio', { name: 'For 30 minutes' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getAllByRole('menuitemradio', { checked: true })).toHaveLength(1);
  });

  it('when opened after the end time, switches back to online and says so', async () => {
    const ended = Date.now() - 5 * 60_000;
    startPortal('dnd', { [DND_UNTIL_OPTION]: serializeUntil(ended) });
    await renderCard();
    expect(dndSwitch().getAttribute('aria-checked')).toBe('false');
    await waitFor(() => expect(portal.status).toBe('online'));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain(`Do not disturb ended at ${formatTime(ended, 'en-US')}. You are online again.`);
    expect(parseUntil(frame.userOptions.get(DND_UNTIL_OPTION) ?? null)).toBeNull();
  });

  it('sets and clears the legacy away mark, checking the minutes, and shows the idle state', async () => {
    startPortal('online');
    await renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'More: previous chat version' }));
    await user.click(screen.getByRole('menuitem', { name: 'Set “Away” (previous chat)…' }));
    const dialog = screen.getByRole('dialog', { name: 'Set “Away” (previous chat version)' });
    const minutes = within(dialog).getByRole('textbox', { name: 'Away since how many minutes ago' });
    expect((minutes as HTMLInputElement).value).toBe('10');

    await user.clear(minutes);
    await user.type(minutes, 'soon');
    await user.click(screen.getByRole('button', { name: 'Set “Away”' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Enter a whole number of minutes, for example 10.');
    expect(methods()).not.toContain('im.user.status.idle.start');

    await user.clear(minutes);
    await user.type(minutes, '15');
    const callsBefore = rest.calls.length;
    await user.click(screen.getByRole('button', { name: 'Set “Away”' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rest.calls[callsBefore]?.params).toEqual({ AGO: 15 });
    expect(methods(callsBefore)).toEqual(['im.user.status.idle.start', 'im.user.get']);
    const since = formatTime(Date.parse(portal.idle as string), 'en-US');
    expect(screen.getByText(`Away since ${since}`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'More: previous chat version' }));
    await user.click(screen.getByRole('menuitem', { name: 'Back from “Away” (previous chat)' }));
    await waitFor(() => expect(screen.getByText('Online')).toBeTruthy());
    expect(methods().slice(-2)).toEqual(['im.user.status.idle.end', 'im.user.get']);
  });

  it('explains DND honestly in the help', async () => {
    startPortal('online');
    await renderCard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'About Do not disturb' }));
    expect(screen.getByText(/mutes your Bitrix24 notifications\. Mentions of you still notify you/)).toBeTruthy();
    expect(screen.getByText(/new Bitrix24 messenger may not display this status/)).toBeTruthy();
  });

  it('speaks Russian, also in the compact layout', async () => {
    startPortal('break');
    await renderCard('ru', true);
    expect(screen.getByRole('switch', { name: 'Не беспокоить' }).getAttribute('aria-checked')).toBe('false');
    expect(screen.getByText('Перерыв')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'На сколько…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ещё: прежняя версия чата' })).toBeTruthy();
  });
});
