export { SITE_NAME } from './site-name';

/**
 * Base of the "Editar esta página" links, e.g. `https://github.com/org/repo/edit/main/`.
 * Without it the link is not shown (a fork or a local preview has no repository to edit).
 */
export const EDIT_BASE_URL = import.meta.env.PUBLIC_EDIT_BASE_URL as string | undefined;

/**
 * Edit link for a content file (path relative to the project root), or undefined when no
 * repository is configured or the file lives outside the project (a CONTENT_DIR elsewhere).
 */
export function editUrl(filePath: string | undefined, base: string | undefined = EDIT_BASE_URL): string | undefined {
	if (!base || !filePath || filePath.startsWith('..') || filePath.startsWith('/')) return undefined;
	return new URL(filePath, base.endsWith('/') ? base : `${base}/`).href;
}
