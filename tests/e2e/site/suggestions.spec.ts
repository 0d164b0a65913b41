/**
 * Suggestions while the subject is typed, on the real content: a misspelt word, a store-floor
 * synonym, abbreviations cut with a period and a title nothing answers. Every assertion waits on
 * the intake's own state (`data-suggestions-for`: the subject the shown list answers), never on
 * a fixed sleep. Also: the panel keeps its place while a slow typist types (no layout shift of
 * the fields below), and the ticket records only the lists that were on screen at a pause.
 */
import { expect, test, type Page } from '@playwright/test';
import { DRAFT_STORAGE_KEY } from '../../../src/components/intake/draft-store';

const intake = (page: Page) => page.locator('ticket-intake');
const panel = (page: Page) => page.getByRole('region', { name: 'Artigos sugeridos' });

/** Types the subject key by key and waits until the list answering it is on the page. */
async function typeSubject(page: Page, title: string, delay = 20): Promise<void> {
	const subject = page.getByRole('textbox', { name: /Assunto/ });
	await subject.click();
	await page.keyboard.type(title, { delay });
	await expect(intake(page)).toHaveAttribute('data-suggestions-for', title.trim().replace(/\s+/g, ' '));
}

async function suggestedHrefs(page: Page): Promise<string[]> {
	if (!(await panel(page).isVisible())) return [];
	return panel(page).getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test.describe('sugestões de artigos ao digitar o assunto', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/abrir-ticket/');
	});

	test('uma palavra com erro de digitação ainda encontra o artigo', async ({ page }) => {
		await typeSubject(page, 'impresora termica nao imprime o cupom');
		expect((await suggestedHrefs(page))[0]).toBe('/faq/perifericos/impressora-termica-nao-imprime-cupom/');
	});

	test('a palavra do dia a dia da loja (sinônimo) encontra o artigo escrito com a do sistema', async ({ page }) => {
		await typeSubject(page, 'bipador não lê o código de peso do açougue');
		expect((await suggestedHrefs(page))[0]).toBe('/faq/perifericos/leitor-nao-le-etiqueta-balanca/');
	});

	test('abreviações cortadas com ponto são completadas', async ({ page }) => {
		await typeSubject(page, 'ped. de compra parado aguardando aprov.');
		expect((await suggestedHrefs(page))[0]).toBe('/faq/compras/pedido-aguardando-aprovacao-alcada/');
	});

	test('um assunto que nenhum artigo responde não mostra sugestões', async ({ page }) => {
		await typeSubject(page, 'folha de pagamento dos funcionários');
		await expect(panel(page)).toBeHidden();
	});

	test('o painel não empurra os campos abaixo enquanto o cliente digita devagar', async ({ page }) => {
		test.slow();
		const description = page.getByRole('textbox', { name: /Descrição/ });
		const subject = page.getByRole('textbox', { name: /Assunto/ });
		// Three articles answer the start; the full title narrows the list to one.
		const title = 'nota rejeitada 539 duplicidade chave';
		const start = 'nota rejeitada';
		await subject.click();
		// The first list appears when the customer pauses; from then on the fields below stay put.
		await page.keyboard.type(start, { delay: 200 });
		await expect(intake(page)).toHaveAttribute('data-suggestions-for', start);
		await expect(panel(page)).toBeVisible();
		await page.evaluate(() => {
			const state = window as unknown as { __shift: number };
			state.__shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) state.__shift += entry.value;
			}).observe({ type: 'layout-shift' });
		});
		const before = (await description.boundingBox())!.y;
		const positions: number[] = [];
		for (const key of title.slice(start.length)) {
			await page.keyboard.type(key, { delay: 200 });
			positions.push((await description.boundingBox())!.y);
		}
		await expect(intake(page)).toHaveAttribute('data-suggestions-for', title);
		positions.push((await description.boundingBox())!.y);
		for (const y of positions) expect(y, 'a descrição nunca sobe enquanto o cliente digita').toBeGreaterThanOrEqual(before);
		expect(new Set(positions.slice(0, -1)).size, 'enquanto o cliente digita, a descrição fica parada').toBe(1);
		const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
		expect(shift, 'deslocamento acumulado do layout (CLS) ao digitar').toBeLessThan(0.1);
	});

	test('o ticket guarda só as listas que ficaram na tela numa pausa', async ({ page }) => {
		test.slow();
		await typeSubject(page, 'impresora termica nao imprime o cupom', 200);
		const draft = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), DRAFT_STORAGE_KEY);
		const shown = (await suggestedHrefs(page)).map((href) => href.replace(/^\/faq\//, '').replace(/\/$/, ''));
		// At 200 ms a key the list only appears when the customer stops: exactly what is on screen.
		expect(draft.deflection.suggested).toEqual(shown);
	});
});

test('a página de abrir ticket prepara as sugestões ao abrir, antes de o cliente chegar ao Assunto', async ({ page }) => {
	// Pagefind's filter chunk is what every suggestion search needs first; the vocabulary corrects typos.
	const filterChunk = page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/pagefind/filter/'));
	const vocabulary = page.waitForRequest((request) => new URL(request.url()).pathname === '/busca/vocabulario.json');
	await page.goto('/abrir-ticket/');
	await Promise.all([filterChunk, vocabulary]);
	// Nothing was typed or focused for it.
	await expect(page.getByRole('textbox', { name: /Assunto/ })).not.toBeFocused();
	await expect(page.getByRole('textbox', { name: /Assunto/ })).toHaveValue('');
});
