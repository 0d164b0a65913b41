/**
 * GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` makes a problem
 * appear as an annotation on the changed line of a pull request. Printed by `npm run check`
 * only when GITHUB_ACTIONS=true, next to the plain lines editors read locally.
 */

/** Escaping of the message part (GitHub's toolkit `escapeData`). */
function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value (`escapeProperty`): also `:` and `,`. */
function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface Annotation {
	file: string;
	line?: number;
	title: string;
	message: string;
}

export function errorAnnotation({ file, line, title, message }: Annotation): string {
	const properties = [`file=${escapeProperty(file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(title)}`];
	return `::error ${properties.join(',')}::${escapeData(message)}`;
}

/** True when running as a GitHub Actions step. */
export function inGitHubActions(env: Record<string, string | undefined> = process.env): boolean {
	return env.GITHUB_ACTIONS === 'true';
}
