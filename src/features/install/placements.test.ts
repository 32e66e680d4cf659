import { describe, expect, it } from 'vitest';
import { appHandlerUrl, placementPlan, SIDEBAR_ICON } from './placements';
import { REQUIRED_SCOPES } from '../../b24';

describe('appHandlerUrl', () => {
  it('points at index.html beside the page, absolute, without the portal’s query', () => {
    expect(appHandlerUrl('https://app.example/people/install.html?DOMAIN=p.example&APP_SID=1#x')).toBe('https://app.example/people/index.html');
    expect(appHandlerUrl('http://localhost:5173/?DOMAIN=localhost:5174&PROTOCOL=0')).toBe('http://localhost:5173/index.html');
    expect(appHandlerUrl('https://app.example/people/index.html')).toBe('https://app.example/people/index.html');
  });
});

describe('placementPlan', () => {
  const plan = placementPlan('https://app.example/index.html', 'ru');

  it('binds the chat sidebar (required, with an icon) and the left menu (optional)', () => {
    expect(plan.map((p) => [p.placement, p.required])).toEqual([
      ['IM_SIDEBAR', true],
      ['LEFT_MENU', false],
    ]);
    expect(plan[0]?.bind.options).toMatchObject({ iconName: SIDEBAR_ICON, context: 'USER;CHAT' });
    expect(SIDEBAR_ICON.length).toBeLessThanOrEqual(50);
    expect(plan.every((p) => p.bind.handler === 'https://app.example/index.html')).toBe(true);
  });

  it('names every place in Russian and English, defaulting to the portal’s language', () => {
    for (const item of plan) {
      expect(Object.keys(item.bind.langAll ?? {})).toEqual(['en', 'ru']);
      expect(item.bind.title).toBe(item.bind.langAll?.ru?.TITLE);
    }
    expect(plan[0]?.bind.langAll?.en?.TITLE).toBe('Members');
    expect(placementPlan('h', 'en')[0]?.bind.title).toBe('Members');
  });
});

describe('REQUIRED_SCOPES', () => {
  it('lists what the app calls: messenger, users, departments, placements', () => {
    expect([...REQUIRED_SCOPES]).toEqual(['im', 'user_brief', 'department', 'placement']);
  });
});
