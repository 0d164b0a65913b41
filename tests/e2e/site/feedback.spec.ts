import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { realContent } from '../support/corpus';
import { ADMIN } from '../support/tickets';

/** "Isso foi útil?" at the end of articles and support pages, with and without JavaScript. */
const content = realContent();
const articleUrl = (index: number) => `/faq/${content.published.at(index)!.id}/`;
const supportUrl = (index: number) => `/suporte/${content.pages.at(index)!.id}/`;

interface PageFeedback {
	useful: number;
	notUseful: number;
	comments: { text: string }[];
}

/** What the service stored for a page, read back through the admin report API. */
async function storedFor(request: APIRequestContext, address: string): Promise<PageFeedback> {
	const response = await request.get('/api/relatorio', { headers: ADMIN });
	expect(response.status()).toBe(200);
	const report = (await response.json()) as { feedback: (PageFeedback & { page: string })[] };
	return report.feedback.find((entry) => entry.page === address) ?? { useful: 0, notUseful: 0, comments: [] };
}

function widget(page: Page) {
	return page.getByRole('region', { name: 'Isso foi útil?' });
}

test.describe('"Isso foi útil?" com JavaScript', () => {
	test('"Sim" registra na hora, sem mudar de página', async ({ page, request }) => {
		const address = articleUrl(-1);
		const before = await storedFor(request, address);
		await page.goto(address);
		await widget(page).getByRole('button', { name: 'Sim' }).click();
		await expect(widget(page).getByRole('status')).toHaveText(/Obrigado pela avaliação/);
		await expect(widget(page).getByRole('status')).toBeFocused();
		await expect(widget(page).getByRole('button', { name: 'Sim' })).toBeHidden();
		expect(page.url()).not.toContain('#');
		await expect.poll(async () => (await storedFor(request, address)).useful).toBe(before.useful + 1);
		await expectNoAxeViolations(page, { include: 'feedback-widget' });
	});

	test('"Não" abre o campo "o que faltou?" e envia o comentário', async ({ page, request }) => {
		const address = articleUrl(-2);
		const before = await storedFor(request, address);
		await page.goto(address);
		const comment = widget(page).getByRole('textbox', { name: /o que faltou/ });
		await expect(comment).toBeHidden();
		await widget(page).getByRole('button', { name: 'Não' }).click();
		await expect(comment).toBeFocused();
		await expect(comment).toHaveAttribute('maxlength', '500');
		// Only the widget: the article's own content is checked by a11y-everywhere.spec.ts.
		await expectNoAxeViolations(page, { include: 'feedback-widget' });
		await comment.fill('Faltou dizer em qual rotina fica a opção.');
		await widget(page).getByRole('button', { name: 'Enviar avaliação' }).click();
		await expect(widget(page).getByRole('status')).toHaveText(/Obrigado pela avaliação/);
		await expect
			.poll(async () => (await storedFor(request, address)).comments.map((entry) => entry.text))
			.toContain('Faltou dizer em qual rotina fica a opção.');
		expect((await storedFor(request, address)).notUseful).toBe(before.notUseful + 1);
	});

	test('quando o serviço falha, avisa e mantém o comentário para tentar de novo', async ({ page }) => {
		await page.route('**/api/feedback', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }));
		await page.goto(supportUrl(0));
		await widget(page).getByRole('button', { name: 'Não' }).click();
		const comment = widget(page).getByRole('textbox', { name: /o que faltou/ });
		await comment.fill('Não encontrei o telefone do plantão.');
		await widget(page).getByRole('button', { name: 'Enviar avaliação' }).click();
		await expect(widget(page).getByRole('status')).toHaveText('Não foi possível enviar a avaliação agora. Tente de novo em instantes.');
		await expect(comment).toHaveValue('Não encontrei o telefone do plantão.');
		await expect(widget(page).getByRole('button', { name: 'Enviar avaliação' })).toBeEnabled();
	});

	test('o artigo carrega só o pequeno script da avaliação, depois do conteúdo', async ({ page, request }) => {
		await page.goto(articleUrl(0));
		// The script is a file (the CSP allows no inline script without a hash), right after the widget.
		const scripts = await page.locator('script').evaluateAll((elements) =>
			elements.map((script) => ({ src: script.getAttribute('src'), inline: script.textContent?.length ?? 0, afterWidget: !!script.previousElementSibling?.matches('feedback-widget') })),
		);
		const feedbackScripts = scripts.filter((script) => script.afterWidget);
		expect(feedbackScripts).toHaveLength(1);
		const [feedback] = feedbackScripts;
		const size = feedback!.src ? (await (await request.get(feedback!.src)).body()).length : feedback!.inline;
		expect(size).toBeGreaterThan(0);
		expect(size).toBeLessThan(3_000);
	});
});

test.describe('"Isso foi útil?" sem JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"Não" com comentário volta à página com o agradecimento', async ({ page, request }) => {
		const address = supportUrl(-1);
		const before = await storedFor(request, address);
		await page.goto(address);
		await widget(page).getByRole('textbox', { name: /o que faltou/ }).fill('Faltou o horário do plantão de sábado.');
		await widget(page).getByRole('button', { name: 'Não' }).click();
		await expect(page).toHaveURL(new RegExp(`${address}#avaliacao-obrigado$`));
		await expect(widget(page).getByText('Obrigado pela avaliação!')).toBeVisible();
		await expect(widget(page).getByRole('button', { name: 'Sim' })).toBeHidden();
		const after = await storedFor(request, address);
		expect(after.notUseful).toBe(before.notUseful + 1);
		expect(after.comments.map((entry) => entry.text)).toContain('Faltou o horário do plantão de sábado.');
	});

	test('"Sim" também funciona num artigo', async ({ page, request }) => {
		const address = articleUrl(-3);
		const before = await storedFor(request, address);
		await page.goto(address);
		await expect(widget(page).getByText('Obrigado pela avaliação!')).toBeHidden();
		await widget(page).getByRole('button', { name: 'Sim' }).click();
		await expect(page).toHaveURL(new RegExp(`${address}#avaliacao-obrigado$`));
		await expect(widget(page).getByText('Obrigado pela avaliação!')).toBeVisible();
		expect((await storedFor(request, address)).useful).toBe(before.useful + 1);
	});
});

// axe runs in the page, so it needs JavaScript; the thank-you note is shown by CSS (:target) alike.
test.describe('"Isso foi útil?": acessibilidade', () => {
	test('a página de volta do envio sem JavaScript, com o agradecimento, não tem violações do axe', async ({ page }) => {
		await page.goto(`${supportUrl(-1)}#avaliacao-obrigado`);
		await expect(widget(page).getByText('Obrigado pela avaliação!')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('o formulário num artigo não tem violações do axe', async ({ page }) => {
		await page.goto(articleUrl(-1));
		await expectNoAxeViolations(page, { include: 'feedback-widget' });
	});
});
