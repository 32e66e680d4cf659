// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IconMore } from './icons';
import { Menu, type MenuItem } from './Menu';

afterEach(cleanup);

function setup(extra: Partial<MenuItem>[] = []) {
  const chosen = vi.fn();
  const items: MenuItem[] = [
    { id: 'write', label: 'Write a message', onSelect: () => chosen('write') },
    { id: 'call', label: 'Call', onSelect: () => chosen('call'), disabled: true },
    { id: 'copy', label: 'Copy e-mail', onSelect: () => chosen('copy') },
    { id: 'profile', label: 'Open profile', onSelect: () => chosen('profile') },
    ...extra.map((e, i) => ({ id: `x${i}`, label: `X${i}`, onSelect: () => {}, ...e })),
  ];
  const user = userEvent.setup();
  render(<Menu label="Actions" items={items} />);
  const button = screen.getByRole('button', { name: 'Actions' });
  return { user, button, chosen };
}

const focused = () => document.activeElement?.textContent;

describe('Menu', () => {
  it('is a collapsed menu button until opened', () => {
    const { button } = setup();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens on click with focus on the first item', async () => {
    const { user, button } = setup();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('menu', { name: 'Actions' })).toBeTruthy();
    expect(screen.getAllByRole('menuitem')).toHaveLength(4);
    expect(focused()).toBe('Write a message');
  });

  it('moves with the arrows (skipping disabled items, wrapping), Home and End', async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('Copy e-mail');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('Write a message');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('Open profile');
    await user.keyboard('{Home}');
    expect(focused()).toBe('Write a message');
    await user.keyboard('{End}');
    expect(focused()).toBe('Open profile');
  });

  it('jumps to an item by its first letter', async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.keyboard('o');
    expect(focused()).toBe('Open profile');
  });

  it('chooses with Enter, closes and returns focus to the button', async () => {
    const { user, button, chosen } = setup();
    await user.click(button);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(chosen).toHaveBeenCalledWith('copy');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Esc back to the button without choosing', async () => {
    const { user, button, chosen } = setup();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(chosen).not.toHaveBeenCalled();
  });

  it('opens from the keyboard: ArrowDown on the first item, ArrowUp on the last', async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('Open profile');
    await user.keyboard('{Escape}{ArrowDown}');
    expect(focused()).toBe('Write a message');
  });

  it('closes on a click outside', async () => {
    const { user, button } = setup();
    await user.click(button);
    fireEvent.mouseDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('can be an icon-only button named by its label', () => {
    render(<Menu label="More actions" icon={<IconMore />} items={[]} />);
    expect(screen.getByRole('button', { name: 'More actions' }).getAttribute('aria-haspopup')).toBe('menu');
  });

  it('marks the current one of a set of choices (menuitemradio, aria-checked) and still chooses', async () => {
    const chosen = vi.fn();
    const user = userEvent.setup();
    const items: MenuItem[] = ['30 minutes', '1 hour', 'Until I turn it off'].map((label) => ({
      id: label,
      label,
      checked: label === '1 hour',
      onSelect: () => chosen(label),
    }));
    render(<Menu label="For how long…" items={items} />);
    await user.click(screen.getByRole('button', { name: 'For how long…' }));
    expect(screen.queryAllByRole('menuitem')).toHaveLength(0);
    const radios = screen.getAllByRole('menuitemradio');
    expect(radios.map((r) => [r.textContent, r.getAttribute('aria-checked')])).toEqual([
      ['30 minutes', 'false'],
      ['1 hour', 'true'],
      ['Until I turn it off', 'false'],
    ]);
    expect(radios.map((r) => r.querySelectorAll('svg').length)).toEqual([0, 1, 0]);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen).toHaveBeenCalledWith('Until I turn it off');
  });

  it('keeps plain actions plain: no role menuitemradio and no aria-checked', async () => {
    const { user, button } = setup();
    await user.click(button);
    expect(screen.getAllByRole('menuitem').every((item) => !item.hasAttribute('aria-checked'))).toBe(true);
  });
});
