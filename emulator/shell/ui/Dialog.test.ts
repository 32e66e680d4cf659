// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

afterEach(cleanup);

function open(onClose = vi.fn()) {
  const children = [h('input', { key: 'search', 'aria-label': 'Search', 'data-autofocus': true }), h('button', { key: 'pick', type: 'button' }, 'Pick')];
  render(h(Dialog, { title: 'Select a user', onClose, variant: 'modal', children }));
  return onClose;
}

describe('Dialog', () => {
  it('is a labelled modal that starts on the marked field', () => {
    open();
    expect(screen.getByRole('dialog', { name: 'Select a user' }).getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Search'));
  });

  it('keeps Tab and Shift+Tab inside and closes on Escape', () => {
    const onClose = open();
    const close = screen.getByRole('button', { name: 'Close' });
    const pick = screen.getByRole('button', { name: 'Pick' });
    pick.focus();
    fireEvent.keyDown(pick, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(pick);
    fireEvent.keyDown(pick, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
