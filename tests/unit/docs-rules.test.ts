import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRules } from '../../src/validation/validate';

const RULES = 'src/validation/rules';

/**
 * Every rule id a problem can carry: the ids of the rules and the other ids their files write
 * (invalid-value also reports `invalid-version`), as the quoted kebab-case texts of those files.
 */
function ruleIds(): Set<string> {
	const ids = new Set<string>();
	for (const file of readdirSync(RULES).filter((name) => name.endsWith('.ts'))) {
		for (const match of readFileSync(join(RULES, file), 'utf8').matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)) ids.add(match[1]!);
	}
	return ids;
}

describe('the documentation names every content rule', () => {
	const ids = ruleIds();

	it('finds every rule id of src/validation/rules/, invalid-version included', () => {
		expect([...ids]).toEqual(expect.arrayContaining([...contentRules.map((rule) => rule.id), 'invalid-version', 'template-text']));
	});

	for (const doc of ['docs/modelo-de-conteudo.md', 'GUIA-DO-EDITOR.md']) {
		it(`${doc} has a table row for each rule id`, () => {
			const text = readFileSync(doc, 'utf8');
			const missing = [...ids].filter((id) => !text.includes(`| \`${id}\` |`));
			expect(missing, `regras sem linha na tabela de ${doc}`).toEqual([]);
		});
	}
});
