/**
 * Site search on the FAQ fixture corpus (tests/fixtures/faq-corpus): Portuguese matching, codes,
 * sentences, filters, URL state, keyboard, lazy loading and accessibility of /busca/.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';

interface EvalQuery {
	title: string;
	expected: string[];
	style: string;
}
// The corpus the `eval` project is built from (playwright.config.ts), relative to the project root.
const queries = JSON.parse(readFileSync('tests/fixtures/faq-corpus/queries.json', 'utf8')) as EvalQuery[];

const results = (page: Page) => page.locator('.search-page-list > li');
const status = (page: Page) => page.getByRole('status');

/** Opens /busca/ with a query string and waits until that search is rendered. */
async function searchPage(page: Page, query: string): Promise<void> {
	await page.goto(`/busca/${query}`);
	await waitForSearch(page);
}

/** Waits until the page has rendered the search its URL asks for (search-page.ts marks the list). */
async function waitForSearch(page: Page): Promise<void> {
	const params = new URLSearchParams(new URL(page.url()).search).toString();
	await expect(page.locator('.search-page-list')).toHaveAttribute('data-state', params ? `?${params}` : '', { timeout: 15_000 });
}

async function resultUrls(page: Page): Promise<string[]> {
	return results(page).locator('h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const article = (id: string) => `/faq/${id}/`;

/** Nothing but <mark> inside the excerpts: the rest of the index text was escaped. */
async function expectOnlyMarks(page: Page): Promise<void> {
	const tags = await page.locator('.search-hit-excerpt *').evaluateAll((nodes) => [...new Set(nodes.map((node) => node.tagName))]);
	expect(tags.filter((tag) => tag !== 'MARK')).toEqual([]);
}

test.describe('o que o cliente digita encontra o artigo', () => {
	test('maiúsculas e acentos não importam: "inutilizacao" e "INUTILIZAÇÃO" acham "inutilização", com a palavra destacada', async ({ page }) => {
		await searchPage(page, '?q=inutilizacao');
		const plain = await resultUrls(page);
		expect(plain[0]).toBe(article('fiscal/inutilizar-faixa-numeracao'));
		// The typed word is highlighted (its synonyms may be too).
		await expect(results(page).first().locator('mark').filter({ hasText: /inutilização/i }).first()).toBeVisible();
		await searchPage(page, '?q=INUTILIZA%C3%87%C3%83O');
		expect(await resultUrls(page)).toEqual(plain);
		await expectOnlyMarks(page);
	});

	test('singular, plural e formas do verbo: "transferir" acha "transferência", "sangrias" acha "sangria"', async ({ page }) => {
		await searchPage(page, '?q=transferir');
		expect((await resultUrls(page))[0]).toBe(article('estoque/transferencia-entre-lojas-nao-chega'));
		await expect(results(page).first().locator('mark').filter({ hasText: /transferência/i }).first()).toBeVisible();
		await searchPage(page, '?q=bloquear');
		expect((await resultUrls(page))[0]).toBe(article('acesso/usuario-bloqueado-senha-expirada'));
		await searchPage(page, '?q=sangrias');
		expect((await resultUrls(page))[0]).toBe(article('frente-de-loja/sangria-e-suprimento-de-caixa'));
		await searchPage(page, '?q=perdas');
		expect((await resultUrls(page))[0]).toBe(article('estoque/perda-produto-vencido-avariado'));
		await searchPage(page, '?q=notas+rejeitadas');
		expect((await resultUrls(page)).length).toBeGreaterThan(0);
	});

	for (const [code, id] of [
		['FIS1240', 'fiscal/cancelamento-nfe-prazo-expirado'],
		['cmp0420', 'compras/nota-fornecedor-diferente-do-pedido'],
		['806', 'fiscal/cest-obrigatorio-rejeicao-806'],
		['ORA-12154', 'acesso/erro-conexao-ora-12154'],
		['ORA-28000', 'acesso/usuario-bloqueado-senha-expirada'],
		['5910', 'compras/bonificacao-gerou-conta-a-pagar'],
	] as const) {
		test(`um código digitado sozinho acha o artigo: ${code}`, async ({ page }) => {
			await searchPage(page, `?q=${encodeURIComponent(code)}`);
			expect((await resultUrls(page))[0]).toBe(article(id));
		});
	}

	test('frases de 4 palavras ou mais trazem o artigo certo em primeiro', async ({ page }) => {
		test.setTimeout(60_000);
		const sentences: [string, string][] = [
			['Maquininha de cartão não funciona no caixa 3', 'frente-de-loja/pinpad-sem-comunicacao-tef'],
			['O fornecedor mandou mercadoria de brinde e o sistema gerou conta a pagar', 'compras/bonificacao-gerou-conta-a-pagar'],
			['Os caixas estão emitindo cupom offline desde ontem e nada sobe para a Sefaz', 'frente-de-loja/nfce-emitida-em-contingencia-offline'],
			['Tentei corrigir o endereço do cliente pela carta de correção e a Sefaz recusou', 'fiscal/carta-de-correcao-recusada'],
			['Nota de transferência para a filial voltou com rejeição 204 depois que caiu a internet', 'fiscal/rejeicao-204-nfe-ja-autorizada'],
			['Como dar baixa em produtos vencidos e avariados', 'estoque/perda-produto-vencido-avariado'],
		];
		for (const [sentence, id] of sentences) {
			await searchPage(page, `?q=${encodeURIComponent(sentence)}`);
			expect((await resultUrls(page))[0], sentence).toBe(article(id));
		}
	});

	test('as consultas do corpus de teste acham o artigo esperado entre os 3 primeiros', async ({ page }) => {
		// One search per title: the budget grows with the corpus.
		test.setTimeout(queries.length * 4_000);
		const misses: string[] = [];
		for (const query of queries.filter((entry) => entry.expected.length > 0)) {
			await searchPage(page, `?q=${encodeURIComponent(query.title)}`);
			const top = (await resultUrls(page)).slice(0, 3);
			if (!query.expected.some((id) => top.includes(article(id)))) misses.push(`${query.title} → ${top.join(', ')}`);
		}
		expect(misses).toEqual([]);
	});

	test('o que vem do índice é escapado: só as marcas de destaque viram HTML', async ({ page }) => {
		await searchPage(page, '?q=caracteres+especiais');
		const excerpts = results(page).locator('.search-hit-excerpt');
		await expect(excerpts.filter({ hasText: '<' }).first()).toBeVisible();
		await expectOnlyMarks(page);
	});
});

test.describe('página /busca/', () => {
	test('mostra título, tipo, módulo e trecho de cada resultado e anuncia o total', async ({ page }) => {
		await searchPage(page, '?q=sangria');
		const first = results(page).first();
		await expect(first.getByRole('heading', { level: 3 })).toHaveText('Como registrar sangria e suprimento de caixa no PDV');
		await expect(first).toContainText('Base de conhecimento');
		await expect(first).toContainText('Frente de Loja');
		await expect(first.locator('.search-hit-excerpt mark').first()).toBeVisible();
		const count = await results(page).count();
		await expect(status(page)).toHaveText(`${count} ${count === 1 ? 'resultado' : 'resultados'} para “sangria”.`);
		await expect(status(page)).toHaveAttribute('aria-live', 'polite');
	});

	test('filtros com contagem: marcar um módulo filtra, atualiza a URL, e Voltar desfaz', async ({ page }) => {
		await searchPage(page, '?q=nota');
		const before = await resultUrls(page);
		const filters = page.getByRole('region', { name: 'Filtrar resultados' });
		const fiscal = filters.getByRole('checkbox', { name: /^Fiscal \((\d+)\)$/ });
		const label = (await fiscal.evaluate((box) => box.closest('label')!.textContent ?? '')).trim();
		const expected = Number(/\((\d+)\)/.exec(label)![1]);
		expect(expected).toBeGreaterThan(0);
		expect(expected).toBeLessThan(before.length);

		await fiscal.check();
		await expect(page).toHaveURL(/\/busca\/\?q=nota&modulo=Fiscal$/);
		await waitForSearch(page);
		await expect(results(page)).toHaveCount(expected);
		for (const item of await results(page).all()) await expect(item.locator('.search-hit-meta')).toContainText('Fiscal');
		await expect(filters.getByRole('checkbox', { name: /^Fiscal/ })).toBeChecked();

		await page.goBack();
		await expect(page).toHaveURL(/\/busca\/\?q=nota$/);
		await waitForSearch(page);
		expect(await resultUrls(page)).toEqual(before);
		await expect(filters.getByRole('checkbox', { name: /^Fiscal/ })).not.toBeChecked();
	});

	test('dois valores do mesmo filtro somam (OU); "Limpar filtros" volta a tudo', async ({ page }) => {
		await searchPage(page, '?q=nota&modulo=Fiscal');
		const fiscalOnly = await results(page).count();
		await searchPage(page, '?q=nota&modulo=Fiscal&modulo=Compras');
		expect(await results(page).count()).toBeGreaterThan(fiscalOnly);
		await page.getByRole('button', { name: 'Limpar filtros' }).click();
		await expect(page).toHaveURL(/\/busca\/\?q=nota$/);
	});

	test('ordenar por data e filtrar por tipo sem texto, pela URL compartilhada', async ({ page }) => {
		await searchPage(page, '?q=caixa&ordem=recentes');
		await expect(page.getByLabel('Ordenar por')).toHaveValue('recentes');
		await expect(page.getByRole('searchbox', { name: 'O que você procura?' })).toHaveValue('caixa');
		const urls = await resultUrls(page);
		const dates = [];
		for (const url of urls.slice(0, 5)) {
			await page.goto(url);
			dates.push(await page.locator('dl.meta time').getAttribute('datetime'));
		}
		expect(dates).toEqual([...dates].sort().reverse());

		await searchPage(page, '?tipo=faq');
		await expect(status(page)).toHaveText(/^\d+ resultados com esses filtros\.$/);
	});

	test('mostra 10 resultados por vez; "Mostrar mais resultados" traz os seguintes e leva o foco ao primeiro novo', async ({ page }) => {
		await searchPage(page, '?tipo=faq');
		const total = Number((await status(page).textContent())?.match(/^(\d+) resultados/)?.[1]);
		expect(total).toBeGreaterThan(20);
		await expect(results(page)).toHaveCount(10);
		const more = page.getByRole('button', { name: 'Mostrar mais resultados' });
		await more.click();
		await expect(results(page)).toHaveCount(20);
		await expect(results(page).nth(10).locator('h3 a')).toBeFocused();
		for (let shown = 20; shown < total; shown += 10) {
			await more.click();
			await expect(results(page)).toHaveCount(Math.min(shown + 10, total));
		}
		await expect(more).toBeHidden();
		expect(new Set(await resultUrls(page)).size).toBe(total);
	});

	test('o estado fica na URL: nova busca cria entrada no histórico e Voltar restaura a anterior', async ({ page }) => {
		await searchPage(page, '?q=sangria');
		const box = page.getByRole('searchbox', { name: 'O que você procura?' });
		await box.fill('pinpad');
		await box.press('Enter');
		await expect(page).toHaveURL(/\?q=pinpad$/);
		await waitForSearch(page);
		expect((await resultUrls(page))[0]).toBe(article('frente-de-loja/pinpad-sem-comunicacao-tef'));
		await page.goBack();
		await expect(page).toHaveURL(/\?q=sangria$/);
		await waitForSearch(page);
		await expect(box).toHaveValue('sangria');
		expect((await resultUrls(page))[0]).toBe(article('frente-de-loja/sangria-e-suprimento-de-caixa'));
	});

	test('apagar o campo limpa a página; digitar sem Enter: a URL e os resultados seguem o texto; Voltar traz a busca anterior', async ({ page }) => {
		await searchPage(page, '?q=sangria');
		const box = page.getByRole('searchbox', { name: 'O que você procura?' });
		await box.fill('');
		await expect(page).toHaveURL(/\/busca\/$/);
		await expect(results(page)).toHaveCount(0);
		await box.pressSequentially('pinpad sem', { delay: 35 });
		await expect(page).toHaveURL(/\?q=pinpad\+sem$/);
		await waitForSearch(page);
		await expect(status(page)).toHaveText(/para “pinpad sem”/);
		expect((await resultUrls(page))[0]).toBe(article('frente-de-loja/pinpad-sem-comunicacao-tef'));
		await page.goBack();
		await expect(page).toHaveURL(/\?q=sangria$/);
		await expect(box).toHaveValue('sangria');
	});

	test('digitando, os trechos da primeira página são pedidos durante a pausa: a lista não espera por eles depois dela', async ({ page }) => {
		await searchPage(page, '?q=sangria');
		// The page marks its list busy only once the pause has ended (search-page.ts #search): an
		// excerpt asked for while it is not busy was fetched ahead, during the pause.
		let busyWhenFirstExcerptAsked: string | null | undefined;
		await page.route('**/pagefind/fragment/**', async (route) => {
			if (busyWhenFirstExcerptAsked === undefined) busyWhenFirstExcerptAsked = await page.locator('.search-page-list').getAttribute('aria-busy');
			await route.continue();
		});
		const box = page.getByRole('searchbox', { name: 'O que você procura?' });
		await box.fill('');
		await box.pressSequentially('pinpad sem', { delay: 35 });
		await expect(page).toHaveURL(/\?q=pinpad\+sem$/);
		await waitForSearch(page);
		expect((await resultUrls(page))[0]).toBe(article('frente-de-loja/pinpad-sem-comunicacao-tef'));
		expect(busyWhenFirstExcerptAsked).toBeNull();
	});

	test('nenhum resultado: diz claramente e oferece abrir um ticket', async ({ page }) => {
		await searchPage(page, '?q=xylofone+quadridimensional');
		await expect(status(page)).toHaveText('Nenhum resultado para “xylofone quadridimensional”.');
		await expect(results(page)).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Abrir um ticket' })).toHaveAttribute('href', '/abrir-ticket/');
	});

	test('sem o índice (como no astro dev antes de um build) avisa que a busca precisa de um build, sem erro na página', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
		await page.goto('/busca/?q=sangria');
		await expect(page.locator('.search-page-unavailable')).toContainText('o índice é gerado pelo build');
		expect(errors).toEqual([]);
	});

	test('acessibilidade: /busca/ com resultados e filtros não tem violações (axe)', async ({ page }) => {
		await searchPage(page, '?q=nota&modulo=Fiscal');
		await expect(results(page).first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('busca no cabeçalho', () => {
	test('Pagefind não carrega com a página, só quando a busca é aberta', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(article('fiscal/cancelamento-nfe-prazo-expirado'));
		await expect(page.locator('site-search').getByRole('button', { name: 'Buscar' })).toBeEnabled();
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		await page.keyboard.press('ControlOrMeta+k');
		await expect(page.getByRole('dialog')).toBeVisible();
		await expect.poll(() => fetched.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
	});

	test('a primeira resposta vem sem o vocabulário; ele chega depois e corrige as consultas seguintes', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto('/faq/');
		await page.keyboard.press('ControlOrMeta+k');
		const dialog = page.getByRole('dialog', { name: 'Buscar na central de ajuda' });
		const input = dialog.getByRole('searchbox');
		await input.fill('sangria');
		await expect(dialog.getByRole('status')).toHaveText(/resultados? para “sangria”/);
		await expect.poll(() => fetched.includes('/busca/vocabulario.json')).toBe(true);
		// asked for only once the first answer's excerpts were in
		const lastExcerpt = fetched.findLastIndex((path) => path.startsWith('/pagefind/fragment/'));
		expect(lastExcerpt).toBeGreaterThan(0);
		expect(fetched.indexOf('/busca/vocabulario.json')).toBeGreaterThan(lastExcerpt);
		// a misspelling early in the word: only the vocabulary can correct it
		await input.fill('cnacelamento');
		await expect(dialog.getByRole('link', { name: /Cancelamento de NF-e recusado porque o prazo terminou/ })).toBeVisible();
	});

	test('uma consulta com erro de digitação feita antes do vocabulário é respondida de novo quando ele chega', async ({ page }) => {
		await page.goto('/faq/');
		await page.keyboard.press('ControlOrMeta+k');
		const dialog = page.getByRole('dialog', { name: 'Buscar na central de ajuda' });
		// the first query of the page: answered with the lexicon alone, then again with the vocabulary, without retyping
		await dialog.getByRole('searchbox').fill('cnacelamento');
		await expect(dialog.getByRole('link', { name: /Cancelamento de NF-e recusado porque o prazo terminou/ })).toBeVisible();
		await expect(dialog.getByRole('status')).toHaveText(/resultados? para “cnacelamento”/);
	});

	test('teclado: Ctrl/⌘K abre, digita, setas percorrem, Enter abre o artigo', async ({ page }) => {
		await page.goto('/faq/');
		await page.keyboard.press('ControlOrMeta+k');
		const dialog = page.getByRole('dialog', { name: 'Buscar na central de ajuda' });
		const input = dialog.getByRole('searchbox');
		await expect(input).toBeFocused();
		await page.keyboard.type('FIS1240');
		await expect(dialog.getByRole('status')).toHaveText('1 resultado para “FIS1240”.');
		await page.keyboard.press('ArrowDown');
		const first = dialog.getByRole('link', { name: /Cancelamento de NF-e recusado porque o prazo terminou/ });
		await expect(first).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(input).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(article('fiscal/cancelamento-nfe-prazo-expirado'));
	});

	test('Esc fecha e o foco volta ao botão; Enter no campo leva à busca completa', async ({ page }) => {
		await page.goto('/');
		const button = page.locator('site-search').getByRole('button', { name: 'Buscar' });
		await button.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await page.keyboard.type('sangria');
		await expect(dialog.getByRole('status')).toHaveText(/resultado/);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();

		await page.keyboard.press('ControlOrMeta+k');
		await expect(dialog.getByRole('searchbox')).toHaveValue('sangria');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/busca/?q=sangria');
		await waitForSearch(page);
		expect((await resultUrls(page))[0]).toBe(article('frente-de-loja/sangria-e-suprimento-de-caixa'));
	});

	test('sem resultado no diálogo: oferece abrir um ticket', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('ControlOrMeta+k');
		await page.keyboard.type('xylofone quadridimensional');
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('status')).toHaveText('Nenhum resultado para “xylofone quadridimensional”.');
		await expect(dialog.getByRole('link', { name: 'Não encontrou? Abra um ticket' })).toHaveAttribute('href', '/abrir-ticket/');
	});

	test('acessibilidade: o diálogo aberto com resultados não tem violações (axe)', async ({ page }) => {
		await page.goto('/faq/');
		await page.keyboard.press('ControlOrMeta+k');
		await page.keyboard.type('cancelar nota');
		await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/resultados/);
		await expectNoAxeViolations(page);
	});
});
