import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from '../support/page-types';

const PHONE = { width: 320, height: 640 };
/** The narrowest text column a phone reader can still read comfortably. */
const MIN_COLUMN = 280;

interface Overflow {
	/** What sticks out, as a short CSS-like description. */
	element: string;
	/** Whether it sits inside a table wrapper that scrolls on its own and itself fits the screen. */
	inScroller: boolean;
}

/** Every visible element that reaches past the left or right edge of the viewport. */
function overflowing(page: Page): Promise<Overflow[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const outside = (rect: DOMRect) => rect.width > 0 && rect.height > 0 && (rect.left < -0.5 || rect.right > width + 0.5);
		const describe = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
		const found: { element: string; inScroller: boolean }[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			if (!outside(element.getBoundingClientRect())) continue;
			const wrapper = element.parentElement?.closest<HTMLElement>('.table-wrap');
			const scrolls = wrapper && ['auto', 'scroll'].includes(getComputedStyle(wrapper).overflowX) && !outside(wrapper.getBoundingClientRect());
			found.push({ element: describe(element), inScroller: Boolean(scrolls) });
		}
		return found;
	});
}

test.describe('em um celular de 320 px', () => {
	test.use({ viewport: PHONE });

	for (const [name, url] of Object.entries(pageTypes())) {
		test(`${name}: uma coluna de texto legível e nada rola para o lado fora de uma tabela`, async ({ page }) => {
			await page.goto(url);
			const heading = page.getByRole('heading', { level: 1 });
			await expect(heading).toBeVisible();
			// The main text column is the block that holds the page title.
			const column = await heading.evaluate((element) => element.parentElement!.getBoundingClientRect().width);
			expect(column, `largura da coluna de texto em ${url}`).toBeGreaterThanOrEqual(MIN_COLUMN);

			const scroll = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
			expect(scroll.scrollWidth, `rolagem lateral da página em ${url}`).toBeLessThanOrEqual(scroll.clientWidth);
			const stray = (await overflowing(page)).filter((entry) => !entry.inScroller).map((entry) => entry.element);
			expect(stray, `elementos além da borda da tela em ${url}`).toEqual([]);
		});
	}

	test('as tabelas do conteúdo rolam dentro da própria caixa, sem quebrar palavras', async ({ page }) => {
		const types = pageTypes();
		// The Markdown pages; pageTypes() picks ones with a table when the content has them.
		const urls = [types.artigo!, types['página do suporte']!, types.informativo!];
		let tables = 0;
		for (const url of urls) {
			await page.goto(url);
			const wrappers = page.getByRole('main').getByRole('region', { name: /^Tabela/ });
			await expect(page.getByRole('main').getByRole('table')).toHaveCount(await wrappers.count());
			for (const wrapper of await wrappers.all()) {
				tables++;
				await expect(wrapper.getByRole('table')).toHaveCount(1);
				await expect(wrapper).toHaveAttribute('tabindex', '0');
				const box = (await wrapper.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
				// A word split over two lines is the "one letter per line" table.
				const broken = await wrapper.evaluate((element) => {
					const words: string[] = [];
					for (const cell of element.querySelectorAll('th, td')) {
						const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode()) {
							const text = node.textContent ?? '';
							for (const match of text.matchAll(/\S+/g)) {
								const range = document.createRange();
								range.setStart(node, match.index);
								range.setEnd(node, match.index + match[0].length);
								const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
								if (lines.size > 1) words.push(match[0]);
							}
						}
					}
					return words;
				});
				expect(broken, `palavras quebradas na tabela de ${url}`).toEqual([]);
				// Wider than the screen: the reader scrolls the table, and only the table.
				const { scrollWidth, clientWidth } = await wrapper.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
				if (scrollWidth > clientWidth) {
					await wrapper.evaluate((element) => element.scrollBy({ left: 10_000 }));
					await expect.poll(() => wrapper.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
					expect(await page.evaluate(() => window.scrollX)).toBe(0);
				}
			}
		}
		expect(tables, 'o conteúdo tem tabelas para conferir').toBeGreaterThan(0);
	});
});
