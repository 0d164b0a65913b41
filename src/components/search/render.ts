/**
 * DOM for one search result, shared by the header dialog and the /busca/ page. Titles and labels
 * are set as text; the excerpt is the only HTML and comes already sanitised from query.ts
 * (escaped text, `<mark>` kept).
 */
import { moduleList, summarizeHit } from '../../search/present';
import type { HitData } from '../../search/query';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** "Base de conhecimento · Fiscal" / "Novidades da versão · PDV Consinco 24.01 · Fiscal, Estoque". */
function metaLine(data: HitData): HTMLElement {
	const summary = summarizeHit(data);
	const line = element('span', 'search-hit-meta');
	line.append(element('span', 'search-hit-type', summary.type));
	const details = [summary.version ? `${summary.product ?? ''} ${summary.version}`.trim() : '', moduleList(summary.modules)].filter(Boolean);
	for (const detail of details) line.append(element('span', 'search-hit-detail', detail));
	return line;
}

function excerpt(data: HitData, tag: 'p' | 'span'): HTMLElement {
	const node = element(tag, 'search-hit-excerpt');
	node.innerHTML = data.excerptHtml;
	return node;
}

/** A result in the header dialog: the whole entry is one link. */
export function renderCompactHit(data: HitData): HTMLLIElement {
	const item = element('li');
	const link = element('a', 'search-hit-link');
	link.href = data.url;
	link.append(element('span', 'search-hit-title', data.title), metaLine(data), excerpt(data, 'span'));
	item.append(link);
	return item;
}

/** A result on the search page: heading with the link, type and module, excerpt. */
export function renderHit(data: HitData): HTMLLIElement {
	const item = element('li', 'search-hit');
	const heading = element('h3', 'search-hit-heading');
	const link = element('a', undefined, data.title);
	link.href = data.url;
	heading.append(link);
	const meta = element('p', 'search-hit-line');
	meta.append(metaLine(data));
	item.append(heading, meta, excerpt(data, 'p'));
	return item;
}
