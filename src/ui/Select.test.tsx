// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Select } from './Select';

afterEach(cleanup);

const options = [
  { value: 'all', label: 'All departments' },
  { value: '2', label: '\u00a0\u00a0\u00a0Sales' },
] as const;

describe('Select', () => {
  it('is a labelled native select that reports the chosen value', async () => {
    const onChange = vi.fn();
    render(<Select label="Department" value="all" onChange={onChange} options={options} />);
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Department' }), '2');
    expect(onChange).toHaveBeenCalledWith('2');
    expect(screen.queryByTestId('select-display')).toBeNull();
  });

  it('can show another text in the closed field (e.g. without tree indentation), hidden from screen readers', () => {
    render(<Select label="Department" value="2" onChange={() => undefined} options={options} displayLabel="Sales" />);
    const shown = screen.getByTestId('select-display');
    expect(shown.textContent).toBe('Sales');
    expect(shown.getAttribute('aria-hidden')).toBe('true');
    expect((screen.getByRole('combobox', { name: 'Department' }) as HTMLSelectElement).value).toBe('2');
  });
});
