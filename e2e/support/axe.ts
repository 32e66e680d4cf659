import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { APP_FRAME } from './fixtures';

/** The serious and critical problems axe finds in the part of the app (in its iframe) that `selector` picks. */
export async function seriousA11yProblems(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include([APP_FRAME, selector]).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
