import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/utils/site';

describe('"Editar esta página" link', () => {
	const base = 'https://github.com/linha-consinco/central-de-ajuda/edit/main';

	it('points to the source file in the configured repository', () => {
		expect(editUrl('content/faq/fiscal/rejeicao-539.md', base)).toBe(
			'https://github.com/linha-consinco/central-de-ajuda/edit/main/content/faq/fiscal/rejeicao-539.md',
		);
	});

	it('is absent without a repository or for files outside the project', () => {
		expect(editUrl('content/faq/fiscal/rejeicao-539.md', undefined)).toBeUndefined();
		expect(editUrl('../outro-projeto/faq/fiscal/x.md', base)).toBeUndefined();
		expect(editUrl('/tmp/corpus/faq/fiscal/x.md', base)).toBeUndefined();
	});
});
