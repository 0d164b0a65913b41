import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';

const PAGE = '/suporte/status-e-prazos/';

test.describe('calculadora de prazos na página Status e prazos do ticket', () => {
	test('calcula "responda até" em dias úteis, pulando o Carnaval, e explica a contagem', async ({ page }) => {
		await page.goto(PAGE);
		const calculator = page.getByRole('region', { name: 'Calcule o seu prazo' });
		await calculator.getByLabel('Status do ticket').selectOption({ label: 'Pendência do Cliente' });
		await calculator.getByLabel('Entrou nesse status em').fill('2027-02-05');
		const result = calculator.getByRole('status');
		await expect(result).toContainText('Responda até quinta-feira, 18 de fevereiro de 2027.');
		await expect(result).toContainText('08/02/2027 (Carnaval), 09/02/2027 (Carnaval)');
		await expect(result).toContainText('passa sozinho para Validação Cliente');

		await calculator.getByLabel('Status do ticket').selectOption({ label: 'Validação Cliente' });
		await expect(result).toContainText('Responda até terça-feira, 16 de fevereiro de 2027.');
		await expect(result).toContainText('Acompanhamento');
		await expectNoAxeViolations(page);
	});

	test('avisa quando a data está fora dos anos conhecidos', async ({ page }) => {
		await page.goto(PAGE);
		const calculator = page.getByRole('region', { name: 'Calcule o seu prazo' });
		await calculator.getByLabel('Entrou nesse status em').fill('2040-01-10');
		await expect(calculator.getByRole('status')).toContainText('A calculadora conhece os feriados de');
	});
});

test.describe('sem JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a tabela das regras explica os prazos e o formulário fica escondido', async ({ page }) => {
		await page.goto(PAGE);
		const calculator = page.getByRole('region', { name: 'Calcule o seu prazo' });
		const table = calculator.getByRole('table', { name: 'Como contar o prazo de resposta' });
		await expect(table.getByRole('row', { name: /Pendência do Cliente 7 dias úteis/ })).toBeVisible();
		await expect(table.getByRole('row', { name: /Validação Cliente 5 dias úteis/ })).toBeVisible();
		await expect(calculator.getByLabel('Entrou nesse status em')).toBeHidden();
		// axe needs JavaScript: the same page, table included, is checked in the tests above.
	});
});
