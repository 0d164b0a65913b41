/**
 * The placeholder text `npm run new` writes into a new file, for the editor to replace. One
 * source for the generator (scripts/new-content.ts) and for the content rule that stops any of
 * it from shipping (src/validation/rules/template-text.ts).
 */
export const TEMPLATES = {
	faqDescription: 'Resuma aqui, em uma frase, a resposta para o cliente.',
	faqBody: '## Ocorrência\n\nO que o cliente vê (mensagem, tela, rotina).\n\n## Causa\n\nPor que acontece.\n\n## Solução\n\n1. Primeiro passo.\n2. Segundo passo.',
	releaseSummary: (version: string) => `Resuma aqui o que a versão ${version} traz.`,
	changeTitle: 'Descreva a mudança em uma linha',
	releaseBody: '## Destaques\n\nO que o cliente precisa saber desta versão.',
	bulletinSummary: 'Resuma aqui, em uma ou duas frases, o que o cliente precisa saber.',
	bulletinBody: 'Texto do informativo.',
} as const;

/** Every summary the generator writes starts with this. */
const SUMMARY_PREFIX = 'Resuma aqui';

/** The placeholder sentences, one per line as written (headings excluded: they are meant to stay). */
const SENTENCES = new Set(
	[TEMPLATES.faqBody, TEMPLATES.changeTitle, TEMPLATES.releaseBody, TEMPLATES.bulletinBody]
		.flatMap((text) => text.split('\n'))
		.map((line) => bareLine(line))
		.filter((line) => line && !line.startsWith('#')),
);

/** A line without indentation, list marker, YAML key or quotes: `  - title: "x"` → `x`. */
function bareLine(line: string): string {
	return line
		.trim()
		.replace(/^(?:-\s+|\d+\.\s+)/, '')
		.replace(/^[A-Za-z_][\w-]*:\s+/, '')
		.replace(/^(["'])(.*)\1$/, '$2')
		.trim();
}

/** The placeholder a line still holds, or undefined. */
export function templateTextIn(line: string): string | undefined {
	const bare = bareLine(line);
	if (bare.startsWith(SUMMARY_PREFIX) || SENTENCES.has(bare)) return bare;
	return undefined;
}
