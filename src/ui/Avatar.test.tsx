// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makePerson } from '../people/fixtures';
import type { Presence } from '../people/presence';
import { Avatar } from './Avatar';
import { contrastRatio, parseHex } from './color';
import { PersonAvatar } from './PersonAvatar';

afterEach(cleanup);

/** A CSS colour as the DOM reports it ("#rrggbb" or "rgb(r, g, b)") → [r, g, b]. */
const toRgb = (css: string): [number, number, number] => {
  const hex = parseHex(css);
  if (hex) return hex;
  const [r, g, b] = (css.match(/\d+/g) ?? []).map(Number);
  return [r ?? NaN, g ?? NaN, b ?? NaN];
};

describe('Avatar', () => {
  it('shows the photo with the name as alt text', () => {
    render(<Avatar name="Anna Ivanova" src="https://portal.example/a.png" />);
    const img = screen.getByRole('img', { name: 'Anna Ivanova' });
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toBe('https://portal.example/a.png');
  });

  it('falls back to initials when the photo fails to load', () => {
    render(<Avatar name="Anna Ivanova" src="https://portal.example/broken.png" color="#1f4f8f" />);
    fireEvent.error(screen.getByRole('img', { name: 'Anna Ivanova' }));
    const face = screen.getByRole('img', { name: 'Anna Ivanova' });
    expect(face.tagName).toBe('SPAN');
    expect(face.textContent).toBe('AI');
  });

  it('shows initials on the person colour with readable contrast', () => {
    render(<Avatar name="Boris Petrov" color="#048bd0" />);
    const face = screen.getByRole('img', { name: 'Boris Petrov' });
    expect(face.textContent).toBe('BP');
    const bg = toRgb(face.style.backgroundColor || '');
    const fg = toRgb(face.style.color || '');
    expect(contrastRatio(bg, fg)).toBeGreaterThanOrEqual(4.5);
  });

  it('treats the Bitrix blank.gif placeholder as no photo', () => {
    render(<Avatar name="Vera Smirnova" src="/bitrix/js/im/images/blank.gif" initials="VS" />);
    expect(screen.getByRole('img', { name: 'Vera Smirnova' }).textContent).toBe('VS');
    expect(document.querySelector('img')).toBeNull();
  });

  it('hides itself from assistive technology when decorative', () => {
    const { container } = render(
      <>
        <Avatar name="Anna" decorative />
        <Avatar name="Anna" src="https://portal.example/a.png" decorative />
      </>,
    );
    expect(screen.queryByRole('img', { name: 'Anna' })).toBeNull();
    expect(container.querySelector('img')!.getAttribute('alt')).toBe('');
  });

  it('renders the badge slot', () => {
    render(<Avatar name="Anna" badge={<span data-testid="badge" />} />);
    expect(screen.getByTestId('badge')).toBeTruthy();
  });

  it('gives a person without a colour a fallback colour', () => {
    render(<Avatar name="Anna" id={5} />);
    expect(screen.getByRole('img', { name: 'Anna' }).style.backgroundColor).not.toBe('');
  });
});

describe('PersonAvatar', () => {
  const presence: Presence = { state: 'dnd', onMobile: false, lastSeenAt: null, idleSince: null, absentUntil: null, chosen: 'dnd' };

  it('shows the person with a named presence badge', () => {
    render(<PersonAvatar person={makePerson({ firstName: 'Gleb', lastName: 'Orlov' })} presence={presence} />);
    expect(screen.getByRole('img', { name: 'Gleb Orlov' }).textContent).toBe('GO');
    expect(screen.getByRole('img', { name: 'Do not disturb' })).toBeTruthy();
  });

  it('shows no badge without presence', () => {
    render(<PersonAvatar person={makePerson()} />);
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });
});
