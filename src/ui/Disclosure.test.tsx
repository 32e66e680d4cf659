// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Disclosure, HelpTip } from './Disclosure';

afterEach(cleanup);

describe('Disclosure', () => {
  it('shows and hides its section, saying so with aria-expanded', async () => {
    const user = userEvent.setup();
    render(<Disclosure summary="Why is my status not shown?">The new chat shows only online.</Disclosure>);
    const button = screen.getByRole('button', { name: 'Why is my status not shown?' });
    const section = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(section.hidden).toBe(true);
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(section.hidden).toBe(false);
    expect(section.textContent).toBe('The new chat shows only online.');
  });
});

describe('HelpTip', () => {
  it('opens from the keyboard, closes on Esc and returns focus', async () => {
    const user = userEvent.setup();
    render(<HelpTip label="About do not disturb">Mentions still notify you.</HelpTip>);
    const button = screen.getByRole('button', { name: 'About do not disturb' });
    const bubble = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(bubble.hidden).toBe(true);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(bubble.hidden).toBe(false);
    await user.keyboard('{Escape}');
    expect(bubble.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('is named "Help" by default and closes on a click elsewhere', async () => {
    const user = userEvent.setup();
    render(<HelpTip>Text</HelpTip>);
    const button = screen.getByRole('button', { name: 'Help' });
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.mouseDown(document.body);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
