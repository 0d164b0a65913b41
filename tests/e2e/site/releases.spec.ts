import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Module } from '../../../src/schemas/module';
import type { Product } from '../../../src/schemas/product';
import type { ReleaseData } from '../../../src/schemas/release';
import { readCorpus } from '../../../src/validation/corpus';
import { validData } from '../../../src/validation/schema-issues';
import {
	byDateThenVersionDesc,
	byVersionAsc,
	byVersionDesc,
	CHANGE_TYPE_LABELS,
	changesBetween,
	countByType,
	modulesTouched,
	needsAction,
	releasesBetween,
} from '../../../src/utils/releases';
import { expectNoAxeViolations } from '../support/a11y';

// Expectations come from the release notes in content/, read the way the build reads them.
const records = readCorpus('content').records;
const releases = records.filter((record) => record.collection === 'releases').map((record) => validData<ReleaseData>(record)!);
const products = records.filter((record) => record.collection === 'products').map((record) => validData<Product>(record)!);
const modules = records.filter((record) => record.collection === 'modules').map((record) => validData<Module>(record)!);
const productName = (id: string) => products.find((product) => product.id === id)!.name;
const moduleName = (id: string) => modules.find((module) => module.id === id)!.name;
const versionsOf = (product: string) => releases.filter((release) => release.product === product).sort(byVersionDesc);
/** The product with the most versions: the comparison needs at least three. */
const [product] = [...new Set(releases.map((release) => release.product))].sort((a, b) => versionsOf(b).length - versionsOf(a).length);
const title = (release: ReleaseData) => `${productName(release.product)} ${release.version}`;
const countLabel = (type: keyof typeof CHANGE_TYPE_LABELS, count: number) => `${CHANGE_TYPE_LABELS[type].many}: ${count}`;

async function listedTitles(list: Locator): Promise<string[]> {
	return (await list.locator('li:visible').getByRole('heading').allTextContents()).map((text) => text.trim());
}

function versionList(page: Page): Locator {
	return page.locator('#lista-versoes');
}

test.describe('lista de novidades', () => {
	test('lista as versões de todos os produtos, da mais nova para a mais antiga, com data, resumo e contagem por tipo', async ({ page }) => {
		expect(releases.length).toBeGreaterThan(0);
		await page.goto('/novidades/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Novidades das versões');
		const expected = [...releases].sort(byDateThenVersionDesc);
		expect(await listedTitles(versionList(page))).toEqual(expected.map(title));
		for (const release of expected) {
			const item = versionList(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: title(release), exact: true }) });
			await expect(item.getByRole('link', { name: title(release), exact: true })).toHaveAttribute('href', `/novidades/${release.product}/${release.version}/`);
			await expect(item.locator('time')).toHaveAttribute('datetime', release.date.toISOString().slice(0, 10));
			await expect(item).toContainText(release.summary);
			const counts = item.getByRole('list', { name: 'Mudanças por tipo' });
			for (const { type, count } of countByType(release.changes)) await expect(counts).toContainText(countLabel(type, count));
		}
	});

	test('filtra por produto, módulo e tipo de mudança, anuncia o total e guarda o filtro no endereço', async ({ page }) => {
		await page.goto('/novidades/');
		const form = page.getByRole('form', { name: 'Filtrar versões' });
		const status = form.getByRole('status');
		await expect(status).toHaveText(`Mostrando todos: ${releases.length} versões.`);
		await expect(status).toHaveAttribute('aria-live', 'polite');

		await form.getByLabel('Produto').selectOption(product);
		const ofProduct = releases.filter((release) => release.product === product).sort(byDateThenVersionDesc);
		expect(await listedTitles(versionList(page))).toEqual(ofProduct.map(title));
		await expect(status).toHaveText(`Mostrando ${ofProduct.length} de ${releases.length} versões.`);
		await expect(page).toHaveURL(new RegExp(`[?&]produto=${product}\\b`));

		// Only this product's modules can be chosen once the product is.
		const otherModule = modules.find((module) => module.product !== product && releases.some((release) => modulesTouched(release.changes).includes(module.id)));
		if (otherModule) await expect(form.getByLabel('Módulo').locator(`option[value="${otherModule.id}"]`)).toBeDisabled();
		const module = modulesTouched(ofProduct.flatMap((release) => release.changes)).find((id) => ofProduct.some((release) => !modulesTouched(release.changes).includes(id)));
		if (module) {
			await form.getByLabel('Módulo').selectOption(module);
			const withModule = ofProduct.filter((release) => modulesTouched(release.changes).includes(module));
			expect(await listedTitles(versionList(page))).toEqual(withModule.map(title));
			await form.getByLabel('Módulo').selectOption('');
		}

		const type = releases.flatMap((release) => release.changes.map((change) => change.type)).find((candidate) => ofProduct.some((release) => !release.changes.some((change) => change.type === candidate)))!;
		await form.getByLabel('Tipo de mudança').selectOption(type);
		const withType = ofProduct.filter((release) => release.changes.some((change) => change.type === type));
		expect(await listedTitles(versionList(page))).toEqual(withType.map(title));
		await expect(page).toHaveURL(new RegExp(`[?&]tipo=${type}\\b`));

		// The filtered address can be shared: opening it applies the same filter.
		await page.reload();
		expect(await listedTitles(versionList(page))).toEqual(withType.map(title));

		await form.getByRole('button', { name: 'Limpar filtros' }).click();
		await expect(status).toHaveText(`Mostrando todos: ${releases.length} versões.`);
		expect(await listedTitles(versionList(page))).toHaveLength(releases.length);
		await expect(page).toHaveURL('/novidades/');
	});

	test('os filtros funcionam só com o teclado', async ({ page }) => {
		await page.goto('/novidades/');
		const select = page.getByRole('form', { name: 'Filtrar versões' }).getByLabel('Produto');
		await select.focus();
		await expect(select).toBeFocused();
		await page.keyboard.press('ArrowDown');
		const chosen = await select.inputValue();
		expect(chosen).not.toBe('');
		const count = releases.filter((release) => release.product === chosen).length;
		await expect(page.getByRole('status')).toHaveText(`Mostrando ${count} de ${releases.length} versões.`);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('form', { name: 'Filtrar versões' }).getByLabel('Módulo')).toBeFocused();
	});

	test('sem JavaScript, a lista completa e as páginas por produto substituem o filtro', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/novidades/');
		await expect(page.getByRole('form', { name: 'Filtrar versões' })).toBeHidden();
		expect(await listedTitles(versionList(page))).toHaveLength(releases.length);
		await page.getByRole('navigation', { name: 'Novidades por produto' }).getByRole('link', { name: productName(product), exact: true }).click();
		await expect(page).toHaveURL(`/novidades/${product}/`);
		expect(await listedTitles(versionList(page))).toEqual(versionsOf(product).map(title));
		await context.close();
	});

	test('a página do produto lista as versões em ordem numérica decrescente, segmento a segmento', async ({ page }) => {
		for (const id of new Set(releases.map((release) => release.product))) {
			await page.goto(`/novidades/${id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Novidades: ${productName(id)}`);
			expect(await listedTitles(versionList(page))).toEqual(versionsOf(id).map(title));
		}
	});
});

test.describe('página de uma versão', () => {
	for (const release of releases) {
		test(`${release.product} ${release.version}: mudanças por tipo e módulo, o que exige ação primeiro, chamados e versões vizinhas`, async ({ page }) => {
			await page.goto(`/novidades/${release.product}/${release.version}/`);
			const article = page.locator('article[data-pagefind-body]');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(release));
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(article.locator('.lead')).toHaveText(release.summary);

			const groups = article.locator('section.change-group');
			const breaking = release.changes.filter(needsAction);
			const headings = (await groups.getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim());
			const expectedGroups = [
				...(breaking.length ? [`Exigem ação na atualização (${breaking.length})`] : []),
				...countByType(release.changes.filter((change) => !needsAction(change))).map(({ type, count }) => `${CHANGE_TYPE_LABELS[type].many} (${count})`),
			];
			expect(headings).toEqual(expectedGroups);
			const legalIndex = headings.findIndex((heading) => heading.startsWith(CHANGE_TYPE_LABELS.legal.many));
			if (legalIndex !== -1) expect(legalIndex).toBe(breaking.length ? 1 : 0);

			if (breaking.length) {
				const action = groups.filter({ has: page.getByRole('heading', { name: /^Exigem ação na atualização/ }) });
				for (const change of breaking) await expect(action).toContainText(change.title);
			}
			for (const change of release.changes.filter((candidate) => !needsAction(candidate))) {
				const group = groups.filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^${CHANGE_TYPE_LABELS[change.type].many} \\(`) }) });
				await expect(group).toContainText(change.title);
				await expect(group.getByRole('heading', { level: 3, name: moduleName(change.module), exact: true })).toBeVisible();
			}
			for (const change of release.changes) if (change.ticket) await expect(article.getByText(change.ticket, { exact: true })).toBeVisible();

			const { previous, next } = neighboursOf(release);
			const nav = page.getByRole('navigation', { name: 'Outras versões' });
			if (previous) await expect(nav.getByRole('link', { name: `Versão anterior: ${previous.version}` })).toHaveAttribute('href', `/novidades/${release.product}/${previous.version}/`);
			else await expect(nav.getByRole('link', { name: /Versão anterior/ })).toHaveCount(0);
			if (next) await expect(nav.getByRole('link', { name: `Próxima versão: ${next.version}` })).toHaveAttribute('href', `/novidades/${release.product}/${next.version}/`);
			else await expect(nav.getByRole('link', { name: /Próxima versão/ })).toHaveCount(0);

			// Search: the page is indexed with its filters, meta and sort key.
			const spans = async (selector: string) => (await article.locator(selector).allTextContents()).map((text) => text.trim());
			expect(await spans('[data-pagefind-filter="tipo"]')).toEqual(['novidade']);
			expect(await spans('[data-pagefind-filter="produto"]')).toEqual([productName(release.product)]);
			expect((await spans('[data-pagefind-filter="modulo"]')).sort()).toEqual(modulesTouched(release.changes).map(moduleName).sort());
			expect(await spans('[data-pagefind-filter="versao"]')).toEqual([release.version]);
			expect(await spans('[data-pagefind-meta="tipo"]')).toEqual(['Novidades da versão']);
			expect(await spans('[data-pagefind-sort="data"]')).toEqual([release.date.toISOString().slice(0, 10)]);
			await expect(article.locator('[data-pagefind-meta="description"]')).toHaveText(release.summary);
		});
	}

	test('mostra os destaques do corpo da nota', async ({ page }) => {
		const record = records.find((candidate) => candidate.collection === 'releases' && bodyOf(candidate.file).trim() !== '')!;
		const release = validData<ReleaseData>(record)!;
		await page.goto(`/novidades/${release.product}/${release.version}/`);
		const highlights = page.getByRole('region', { name: 'Destaques da versão' });
		await expect(highlights).toBeVisible();
		const firstLine = bodyOf(record.file).split('\n').find((line) => /^[-*\d]/.test(line.trim()))!;
		const words = firstLine.replace(/^\s*(?:[-*]|\d+\.)\s*/, '').replace(/[*_`]/g, '').split(/\s+/).slice(0, 3).join(' ');
		await expect(highlights).toContainText(words);
	});
});

test.describe('o que muda na minha atualização', () => {
	const ordered = versionsOf(product).sort(byVersionAsc);
	const oldest = ordered[0];
	const newest = ordered[ordered.length - 1];
	const compareUrl = (from: string, to: string) => `/novidades/${product}/comparar/?de=${from}&para=${to}`;
	const results = (page: Page) => page.getByRole('region', { name: /^O que muda da / });

	test('lista as mudanças de várias versões depois da instalada até a de destino, com contagem e o que exige ação primeiro', async ({ page }) => {
		expect(ordered.length).toBeGreaterThanOrEqual(3);
		await page.goto(compareUrl(oldest.version, newest.version));
		const included = releasesBetween(ordered, oldest.version, newest.version);
		const changes = changesBetween(ordered, oldest.version, newest.version);
		expect(included.length).toBeGreaterThanOrEqual(2);
		const region = results(page);
		await expect(region.getByRole('heading', { level: 2 })).toHaveText(`O que muda da ${oldest.version} para a ${newest.version}`);
		await expect(page.getByRole('status')).toContainText(`${changes.length} mudanças de ${oldest.version} para ${newest.version}, em ${included.length} versões`);

		for (const release of included) await expect(region.getByRole('link', { name: release.version, exact: true })).toHaveAttribute('href', `/novidades/${product}/${release.version}/`);
		await expect(region.getByText(oldest.changes[0].title, { exact: true })).toHaveCount(0);
		for (const change of changes) await expect(region.getByText(change.title, { exact: true })).toBeVisible();
		expect(await region.locator('li.change').count()).toBe(changes.length);

		const counts = region.getByRole('list', { name: 'Mudanças por tipo' });
		for (const { type, count } of countByType(changes)) await expect(counts).toContainText(countLabel(type, count));

		const headings = (await region.locator('section.change-group').getByRole('heading', { level: 3 }).allTextContents()).map((text) => text.trim());
		const breaking = changes.filter(needsAction);
		expect(headings).toEqual([
			...(breaking.length ? [`Exigem ação na atualização (${breaking.length})`] : []),
			...countByType(changes.filter((change) => !needsAction(change))).map(({ type, count }) => `${CHANGE_TYPE_LABELS[type].many} (${count})`),
		]);
		if (breaking.length) {
			const action = region.getByRole('region', { name: /^Exigem ação na atualização/ });
			for (const change of breaking) {
				const item = action.locator('li.change').filter({ hasText: change.title });
				await expect(item).toContainText(`Versão ${change.version}`);
				await expect(item).toContainText('Requer ação');
			}
		}
	});

	test('a escolha vai para o endereço, e Voltar restaura a comparação anterior', async ({ page }) => {
		await page.goto(`/novidades/${product}/comparar/`);
		await expect(page.getByRole('status')).toContainText('Escolha a versão instalada e a versão de destino');
		const form = page.getByRole('form', { name: 'Escolher as versões' });
		await form.getByLabel('Versão instalada').selectOption(oldest.version);
		await form.getByLabel('Versão de destino').selectOption(ordered[1].version);
		await form.getByRole('button', { name: 'Ver o que muda' }).click();
		await expect(page).toHaveURL(compareUrl(oldest.version, ordered[1].version));
		await expect(results(page).getByRole('heading', { level: 2 })).toBeFocused();
		const first = changesBetween(ordered, oldest.version, ordered[1].version);
		expect(await results(page).locator('li.change').count()).toBe(first.length);

		await form.getByLabel('Versão de destino').selectOption(newest.version);
		await expect(page).toHaveURL(compareUrl(oldest.version, newest.version));
		expect(await results(page).locator('li.change').count()).toBe(changesBetween(ordered, oldest.version, newest.version).length);

		await page.goBack();
		await expect(page).toHaveURL(compareUrl(oldest.version, ordered[1].version));
		await expect(form.getByLabel('Versão de destino')).toHaveValue(ordered[1].version);
		await expect(results(page).getByRole('heading', { level: 2 })).toHaveText(`O que muda da ${oldest.version} para a ${ordered[1].version}`);
		expect(await results(page).locator('li.change').count()).toBe(first.length);
	});

	test('um par na ordem errada é invertido e explicado', async ({ page }) => {
		await page.goto(compareUrl(newest.version, oldest.version));
		await expect(page.getByRole('status')).toContainText(`A versão instalada informada (${newest.version}) era mais nova que a de destino (${oldest.version}). Invertemos a ordem`);
		await expect(page).toHaveURL(compareUrl(oldest.version, newest.version));
		await expect(results(page).getByRole('heading', { level: 2 })).toHaveText(`O que muda da ${oldest.version} para a ${newest.version}`);
		await expect(page.getByLabel('Versão instalada')).toHaveValue(oldest.version);
		await expect(page.getByLabel('Versão de destino')).toHaveValue(newest.version);
	});

	test('versões desconhecidas no endereço recebem uma mensagem clara', async ({ page }) => {
		await page.goto(compareUrl('99.99.999', newest.version));
		await expect(page.getByRole('status')).toContainText(`A versão instalada “99.99.999” não está entre as versões publicadas para ${productName(product)}.`);
		await expect(results(page)).toHaveCount(0);
		await page.goto(`/novidades/${product}/comparar/?de=${oldest.version}`);
		await expect(page.getByRole('status')).toContainText('Falta a versão de destino no endereço.');
		await page.goto(compareUrl(newest.version, newest.version));
		await expect(page.getByRole('status')).toContainText(`A versão instalada e a de destino são a mesma (${newest.version})`);
	});

	test('sem JavaScript, mostra o formulário e uma nota com o caminho alternativo', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/novidades/${product}/comparar/`);
		const form = page.getByRole('form', { name: 'Escolher as versões' });
		await expect(form).toHaveAttribute('method', 'get');
		await expect(form.getByLabel('Versão instalada')).toBeVisible();
		await expect(page.getByText('A lista de mudanças entre duas versões precisa de JavaScript')).toBeVisible();
		// The form is a plain GET to this page: submitting keeps the pair in the address.
		await form.getByRole('button', { name: 'Ver o que muda' }).click();
		await expect(page).toHaveURL(new RegExp(`/novidades/${product}/comparar/\\?de=[\\d.]+&para=[\\d.]+$`));
		await expect(page.getByRole('link', { name: `lista de versões (${productName(product)})` })).toHaveAttribute('href', `/novidades/${product}/`);
		await context.close();
	});

	test('cabe em 320 px sem rolagem horizontal', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		for (const path of ['/novidades/', `/novidades/${product}/`, `/novidades/${product}/${newest.version}/`, compareUrl(oldest.version, newest.version)]) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('acessibilidade das páginas de novidades', () => {
	const newest = versionsOf(product)[0];
	const oldest = versionsOf(product).at(-1)!;
	for (const [name, path] of [
		['lista', '/novidades/'],
		['produto', `/novidades/${product}/`],
		['versão', `/novidades/${product}/${newest.version}/`],
		['comparação', `/novidades/${product}/comparar/?de=${oldest.version}&para=${newest.version}`],
	] as const) {
		test(`${name} sem violações do axe`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('h1')).toHaveCount(1);
			if (name === 'comparação') await expect(page.getByRole('region', { name: /^O que muda da / })).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	test('versão e comparação sem violações do axe no tema escuro', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		for (const path of [`/novidades/${product}/${newest.version}/`, `/novidades/${product}/comparar/?de=${oldest.version}&para=${newest.version}`]) {
			await page.goto(path);
			await expect(page.locator('h1')).toHaveCount(1);
			if (path.includes('comparar')) await expect(page.getByRole('region', { name: /^O que muda da / })).toBeVisible();
			await expectNoAxeViolations(page);
		}
	});

	test('a lista e a comparação não são indexadas pela busca como conteúdo', async ({ page }) => {
		for (const path of ['/novidades/', `/novidades/${product}/`, `/novidades/${product}/comparar/`]) {
			await page.goto(path);
			await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
		}
	});
});

/** The Markdown body of a content file (below the frontmatter). */
function bodyOf(file: string): string {
	return readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

function neighboursOf(release: ReleaseData): { previous?: ReleaseData; next?: ReleaseData } {
	const ordered = releases.filter((candidate) => candidate.product === release.product).sort(byVersionAsc);
	const index = ordered.findIndex((candidate) => candidate.version === release.version);
	return { previous: ordered[index - 1], next: ordered[index + 1] };
}
