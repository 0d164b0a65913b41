import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Rehype plugin: wraps every `<table>` of a Markdown document in a focusable, labelled scroll
 * region (`<div class="table-wrap" role="region" aria-label="Tabela: …" tabindex="0">`), so a wide
 * table scrolls inside its own box on a phone instead of squeezing its words or the page. The
 * label names the section the table is in (its caption when it has one); keyboard users reach
 * the box with Tab and scroll it with the arrow keys. The look is in global.css (`.table-wrap`).
 */
export function rehypeTableWrap() {
	return (tree: Root): void => {
		const used = new Map<string, number>();
		let heading = '';
		const label = (table: Element): string => {
			const caption = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
			const base = caption ? `Tabela: ${textOf(caption)}` : heading ? `Tabela: ${heading}` : 'Tabela';
			// Two regions with one name are hard to tell apart in a screen reader's landmark list.
			const count = (used.get(base) ?? 0) + 1;
			used.set(base, count);
			return count === 1 ? base : `${base} (${count})`;
		};
		const walk = (parent: Root | Element): void => {
			parent.children = parent.children.map((child: RootContent | ElementContent) => {
				if (child.type !== 'element' || isWrapper(child)) return child;
				if (/^h[1-6]$/.test(child.tagName)) heading = textOf(child);
				if (child.tagName === 'table') return wrap(child, label(child));
				walk(child);
				return child;
			}) as typeof parent.children;
		};
		walk(tree);
	};
}

function wrap(table: Element, label: string): Element {
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['table-wrap'], role: 'region', ariaLabel: label, tabIndex: 0 },
		children: [table],
	};
}

/** A table an author already wrapped by hand (in MDX) is left as it is. */
function isWrapper(element: Element): boolean {
	const classes = element.properties.className;
	return Array.isArray(classes) && classes.includes('table-wrap');
}

function textOf(element: Element): string {
	return rawText(element).replace(/\s+/g, ' ').trim();
}

function rawText(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return node.type === 'element' ? node.children.map(rawText).join('') : '';
}
