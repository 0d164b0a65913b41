import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage';
import { type ErrorBodyShape, removeDir, type RunningService, startService, tempDir } from './helpers';

const dataDir = tempDir('feedback-');
let running: RunningService;

beforeAll(async () => {
	running = await startService(dataDir);
});
afterAll(async () => {
	await running.stop();
	removeDir(dataDir);
});

interface FeedbackRow {
	page: string;
	useful: number;
	comment: string | null;
}

function storedFeedback(): FeedbackRow[] {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		return db.prepare('SELECT page, useful, comment FROM feedback ORDER BY id').all() as FeedbackRow[];
	} finally {
		db.close();
	}
}

function postJson(body: unknown): Promise<Response> {
	return fetch(`${running.url}/api/feedback`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
}

function postForm(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
	return fetch(`${running.url}/api/feedback`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		body: new URLSearchParams(fields).toString(),
		redirect: 'manual',
	});
}

describe('POST /api/feedback', () => {
	it('stores a JSON answer with its trimmed comment and answers 204', async () => {
		const before = storedFeedback().length;
		const response = await postJson({ page: '/faq/fiscal/rejeicao-539/', useful: false, comment: '  Faltou o passo a passo.  ' });
		expect(response.status).toBe(204);
		const rows = storedFeedback();
		expect(rows.length).toBe(before + 1);
		expect(rows.at(-1)).toEqual({ page: '/faq/fiscal/rejeicao-539/', useful: 0, comment: 'Faltou o passo a passo.' });
	});

	it('refuses bad input with pt-BR messages per field and stores nothing', async () => {
		const before = storedFeedback().length;
		const response = await postJson({ page: 'https://outro.site/', useful: 'talvez', comment: 'x'.repeat(501), email: 'a@b.com' });
		expect(response.status).toBe(422);
		const body = (await response.json()) as ErrorBodyShape;
		expect(body.error.code).toBe('validation_failed');
		const byPath = Object.fromEntries((body.error.fields ?? []).map((field) => [field.path, field.message]));
		expect(byPath.page).toMatch(/endereço de um artigo/);
		expect(byPath.useful).toMatch(/sim \(true\) ou não \(false\)/);
		expect(byPath.comment).toBe('O comentário deve ter no máximo 500 caracteres.');
		expect(byPath.email).toMatch(/não faz parte/);
		expect(storedFeedback().length).toBe(before);
	});

	it('takes the plain form and sends the reader back to the page, at the thank-you note', async () => {
		const before = storedFeedback().length;
		const response = await postForm({ page: '/suporte/status-e-prazos/', useful: 'sim', comment: '' });
		expect(response.status).toBe(303);
		expect(response.headers.get('Location')).toBe('/suporte/status-e-prazos/#avaliacao-obrigado');
		expect(storedFeedback().slice(before)).toEqual([{ page: '/suporte/status-e-prazos/', useful: 1, comment: null }]);
	});

	it('drops a comment typed before "Sim" in the plain form, as the widget with JavaScript does', async () => {
		const before = storedFeedback().length;
		const yes = await postForm({ page: '/faq/fiscal/rejeicao-539/', useful: 'sim', comment: 'Escrevi isto antes de clicar em Sim.' });
		expect(yes.status).toBe(303);
		const no = await postForm({ page: '/faq/fiscal/rejeicao-539/', useful: 'nao', comment: 'Faltou o passo a passo.' });
		expect(no.status).toBe(303);
		expect(storedFeedback().slice(before)).toEqual([
			{ page: '/faq/fiscal/rejeicao-539/', useful: 1, comment: null },
			{ page: '/faq/fiscal/rejeicao-539/', useful: 0, comment: 'Faltou o passo a passo.' },
		]);
	});

	it('sends a form from the site on an allowed origin back to that origin, never to another one', async () => {
		const allowed = await postForm(
			{ page: '/faq/fiscal/rejeicao-539/', useful: 'nao', comment: 'Não explica a causa.' },
			{ Origin: 'https://ajuda.exemplo.com.br' },
		);
		expect(allowed.status).toBe(303);
		expect(allowed.headers.get('Location')).toBe('https://ajuda.exemplo.com.br/faq/fiscal/rejeicao-539/#avaliacao-obrigado');
		const foreign = await postForm({ page: '/faq/fiscal/rejeicao-539/', useful: 'sim' }, { Origin: 'https://malicioso.exemplo' });
		expect(foreign.headers.get('Location')).toBe('/faq/fiscal/rejeicao-539/#avaliacao-obrigado');
		expect(storedFeedback().slice(-2)).toEqual([
			{ page: '/faq/fiscal/rejeicao-539/', useful: 0, comment: 'Não explica a causa.' },
			{ page: '/faq/fiscal/rejeicao-539/', useful: 1, comment: null },
		]);
	});

	it('answers an invalid form with a pt-BR page and a way back, storing nothing', async () => {
		const before = storedFeedback().length;
		const response = await postForm({ page: '/faq/fiscal/rejeicao-539/', comment: 'y'.repeat(501) });
		expect(response.status).toBe(422);
		const page = await response.text();
		expect(page).toContain('Avaliação não enviada');
		expect(page).toContain('Responda se a página foi útil: sim ou não.');
		expect(page).toContain('O comentário deve ter no máximo 500 caracteres.');
		expect(page).toContain('href="/faq/fiscal/rejeicao-539/"');
		expect(storedFeedback().length).toBe(before);
	});

	it('takes the widget JSON from the site on another allowed origin (CORS preflight)', async () => {
		const preflight = await fetch(`${running.url}/api/feedback`, {
			method: 'OPTIONS',
			headers: {
				Origin: 'https://ajuda.exemplo.com.br',
				'Access-Control-Request-Method': 'POST',
				'Access-Control-Request-Headers': 'content-type',
			},
		});
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://ajuda.exemplo.com.br');
		const response = await fetch(`${running.url}/api/feedback`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Origin: 'https://ajuda.exemplo.com.br' },
			body: JSON.stringify({ page: '/suporte/canais/', useful: true }),
		});
		expect(response.status).toBe(204);
		expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://ajuda.exemplo.com.br');
	});

	it('answers a form past the size limit with a pt-BR page and stores nothing', async () => {
		const before = storedFeedback().length;
		const response = await postForm({ page: '/suporte/canais/', useful: 'nao', comment: 'z'.repeat(20_000) });
		expect(response.status).toBe(413);
		expect(await response.text()).toContain('Avaliação grande demais');
		expect(storedFeedback().length).toBe(before);
	});

	it('is rate-limited like tickets', async () => {
		const dir = tempDir('feedback-limit-');
		const limited = await startService(dir, { TICKET_API_RATE_LIMIT: '2' });
		try {
			const post = () =>
				fetch(`${limited.url}/api/feedback`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ page: '/suporte/canais/', useful: true }),
				});
			expect((await post()).status).toBe(204);
			expect((await post()).status).toBe(204);
			const third = await post();
			expect(third.status).toBe(429);
			expect(third.headers.get('Retry-After')).toMatch(/^\d+$/);
		} finally {
			await limited.stop();
			removeDir(dir);
		}
	});
});
