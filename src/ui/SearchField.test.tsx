// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { SearchField } from './SearchField';

afterEach(cleanup);

function Controlled({ onParentKeyDown }: { onParentKeyDown?: () => void }) {
  const [q, setQ] = useState('');
  return (
    <div onKeyDown={onParentKeyDown}>
      <SearchField label="Search people" value={q} onChange={setQ} hideLabel />
    </div>
  );
}

describe('SearchField', () => {
  it('is a search box named by its (hidden) label', () => {
    render(<Controlled />);
    const box = screen.getByRole('searchbox', { name: 'Search people' });
    expect(box.getAttribute('type')).toBe('search');
  });

  it('reports typing and offers a clear button that empties and refocuses', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    const box = screen.getByRole('searchbox', { name: 'Search people' }) as HTMLInputElement;
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
    await user.type(box, 'anna');
    expect(box.value).toBe('anna');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box.value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  it('clears on Esc without letting Esc reach the parent; Esc on empty passes through', async () => {
    const parent = vi.fn();
    const user = userEvent.setup();
    render(<Controlled onParentKeyDown={parent} />);
    const box = screen.getByRole('searchbox') as HTMLInputElement;
    await user.type(box, 'x');
    parent.mockClear();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    expect(parent).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(parent).toHaveBeenCalledTimes(1);
  });

  it('forwards its ref to the input so a shortcut can focus it', () => {
    const ref = createRef<HTMLInputElement>();
    render(<SearchField ref={ref} label="Search" value="" onChange={() => {}} />);
    ref.current!.focus();
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
  });

  it('names the clear button in Russian', () => {
    render(
      <I18nProvider lang="ru">
        <SearchField label="Поиск" value="a" onChange={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Очистить поиск' })).toBeTruthy();
  });
});
