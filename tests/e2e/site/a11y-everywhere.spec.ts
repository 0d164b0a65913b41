import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { pageTypes } from '../support/page-types';

const VIEWPORTS = { 'celular de 320 px': { width: 320, height: 640 }, computador: { width: 1280, height: 800 } };
const SCHEMES = { claro: 'light', escuro: 'dark' } as const;

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
	for (const [theme, colorScheme] of Object.entries(SCHEMES)) {
		test.describe(`acessibilidade no ${device}, tema ${theme}`, () => {
			test.use({ viewport, colorScheme });

			for (const [name, url] of Object.entries(pageTypes())) {
				test(`${name}: nenhuma violação do axe`, async ({ page }) => {
					// axe walks the whole page: on a busy two-core machine that alone can take most of 30 s.
					test.slow();
					await page.goto(url);
					await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
					expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
					await expectNoAxeViolations(page);
				});
			}
		});
	}
}
