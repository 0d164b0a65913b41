/**
 * <release-compare>: lists what changes between the installed and the target version.
 * The pair is read from `?de=&para=`, written back with pushState when the reader changes it,
 * and re-read on popstate (Back/Forward). Changes are cloned from the server-rendered
 * <template>; this script only groups them, using the same rules as the version pages.
 */
import {
	ACTION_REQUIRED_HINT,
	ACTION_REQUIRED_TITLE,
	CHANGE_TYPE_LABELS,
	changesBetween,
	countByType,
	groupChanges,
	needsAction,
	planComparison,
	releasesBetween,
	type ModuleGroup,
	type PairProblem,
} from '../../utils/releases';
import { countOf, NOUNS } from '../../utils/plural';
import type { CompareChange, CompareData } from './compare-data';

const SIDE = { de: 'instalada', para: 'de destino' } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; id?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (props.className) node.className = props.className;
	if (props.id) node.id = props.id;
	if (props.text !== undefined) node.textContent = props.text;
	node.append(...children);
	return node;
}

class ReleaseCompare extends HTMLElement {
	private data!: CompareData;
	private from!: HTMLSelectElement;
	private to!: HTMLSelectElement;
	private status!: HTMLElement;
	private results!: HTMLElement;
	private pool!: DocumentFragment;

	connectedCallback(): void {
		const json = this.querySelector('[data-compare-data]')?.textContent;
		const form = this.querySelector('form');
		const template = this.querySelector<HTMLTemplateElement>('template[data-compare-pool]');
		const status = this.querySelector<HTMLElement>('[data-compare-status]');
		const results = this.querySelector<HTMLElement>('[data-compare-results]');
		const from = form?.elements.namedItem('de');
		const to = form?.elements.namedItem('para');
		if (!json || !form || !template || !status || !results || !(from instanceof HTMLSelectElement) || !(to instanceof HTMLSelectElement)) return;
		this.data = JSON.parse(json) as CompareData;
		this.from = from;
		this.to = to;
		this.status = status;
		this.results = results;
		this.pool = template.content;
		this.querySelector<HTMLElement>('[data-compare-without-script]')?.setAttribute('hidden', '');

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.choose(true);
		});
		form.addEventListener('change', () => this.choose(false));
		window.addEventListener('popstate', () => this.showFromUrl());
		this.showFromUrl();
	}

	/** The reader changed the pair: record it in the history, then show it. */
	private choose(focusResults: boolean): void {
		const url = new URL(location.href);
		url.searchParams.set('de', this.from.value);
		url.searchParams.set('para', this.to.value);
		if (url.href !== location.href) history.pushState({ de: this.from.value, para: this.to.value }, '', url);
		this.showFromUrl();
		if (focusResults) this.results.querySelector<HTMLElement>('h2')?.focus();
	}

	private showFromUrl(): void {
		const params = new URLSearchParams(location.search);
		const versions = this.data.versions.map((entry) => entry.version);
		const plan = planComparison(versions, params.get('de'), params.get('para'));
		this.results.replaceChildren();
		switch (plan.kind) {
			case 'empty':
				this.status.replaceChildren(element('p', { text: 'Escolha a versão instalada e a versão de destino e clique em “Ver o que muda”.' }));
				return;
			case 'invalid':
				for (const { param, version } of plan.problems) if (versions.includes(version)) (param === 'de' ? this.from : this.to).value = version;
				this.status.replaceChildren(...plan.problems.map((problem) => this.problemNote(problem)), element('p', { className: 'compare-note', text: 'Escolha as duas versões na lista acima.' }));
				return;
			case 'same':
				this.from.value = plan.version;
				this.to.value = plan.version;
				this.status.replaceChildren(
					element('p', { className: 'compare-note', text: `A versão instalada e a de destino são a mesma (${plan.version}): não há mudanças entre elas. Escolha uma versão de destino mais nova.` }),
				);
				return;
			case 'ok':
				this.from.value = plan.from;
				this.to.value = plan.to;
				if (plan.swapped) {
					// Keep a shareable URL that says what is shown; Back still returns to the page before.
					const url = new URL(location.href);
					url.searchParams.set('de', plan.from);
					url.searchParams.set('para', plan.to);
					history.replaceState({ de: plan.from, para: plan.to }, '', url);
				}
				this.showChanges(plan.from, plan.to, plan.swapped);
		}
	}

	private problemNote({ param, reason, version }: PairProblem): HTMLElement {
		const text =
			reason === 'missing'
				? `Falta a versão ${SIDE[param]} no endereço.`
				: `A versão ${SIDE[param]} “${version}” não está entre as versões publicadas para ${this.data.productName}.`;
		return element('p', { className: 'compare-note compare-error', text });
	}

	private showChanges(from: string, to: string, swapped: boolean): void {
		const included = releasesBetween(this.data.versions, from, to);
		const changes = changesBetween(included, from, to);
		const grouped = groupChanges(changes, this.data.moduleOrder);
		const actions = changes.filter(needsAction).length;

		const summary = `${countOf(changes.length, NOUNS.change)} de ${from} para ${to}, em ${countOf(included.length, NOUNS.version)}${
			actions ? `; ${countOf(actions, { one: 'exige', many: 'exigem' })} ação na atualização` : ''
		}.`;
		const notes: HTMLElement[] = [element('p', { text: summary })];
		if (swapped) {
			notes.push(
				element('p', {
					className: 'compare-note',
					text: `A versão instalada informada (${to}) era mais nova que a de destino (${from}). Invertemos a ordem: a lista mostra o que muda ao atualizar da ${from} para a ${to}.`,
				}),
			);
		}
		this.status.replaceChildren(...notes);

		const versionLinks = element('ul', { className: 'compare-versions' });
		for (const entry of included) {
			const link = element('a', { text: entry.version });
			link.href = entry.url;
			versionLinks.append(element('li', {}, link, ` (${entry.date})`));
		}
		const counts = element('ul', { className: 'type-counts' });
		counts.setAttribute('aria-label', 'Mudanças por tipo');
		if (actions) counts.append(element('li', {}, element('span', { className: 'badge warn', text: `Requer ação: ${actions}` })));
		for (const { type, count } of countByType(changes)) counts.append(element('li', {}, element('span', { className: 'badge', text: `${CHANGE_TYPE_LABELS[type].many}: ${count}` })));

		const title = element('h2', { id: 'resultado-comparacao', text: `O que muda da ${from} para a ${to}` });
		title.tabIndex = -1;
		const section = element('section', {}, title, element('p', { text: 'Versões incluídas:' }), versionLinks, counts);
		section.setAttribute('aria-labelledby', title.id);
		if (grouped.actionRequired.length) {
			section.append(this.group('acao', `${ACTION_REQUIRED_TITLE} (${actions})`, grouped.actionRequired, 'change-group action-required', ACTION_REQUIRED_HINT));
		}
		for (const group of grouped.byType) {
			const total = group.modules.reduce((sum, module) => sum + module.changes.length, 0);
			section.append(this.group(group.type, `${CHANGE_TYPE_LABELS[group.type].many} (${total})`, group.modules, 'change-group'));
		}
		this.results.replaceChildren(section);
	}

	private group(key: string, heading: string, modules: ModuleGroup<CompareChange>[], className: string, hint?: string): HTMLElement {
		const id = `comparacao-${key}`;
		const section = element('section', { className }, element('h3', { className: 'change-group-title', id, text: heading }));
		section.setAttribute('aria-labelledby', id);
		if (hint) section.append(element('p', { text: hint }));
		for (const { module, changes } of modules) {
			const list = element('ul', { className: 'change-list' });
			for (const change of changes) {
				const item = this.pool.querySelector(`[data-change="${change.index}"]`);
				if (item) list.append(item.cloneNode(true));
			}
			section.append(element('h4', { className: 'change-module', text: this.data.moduleNames[module] ?? module }), list);
		}
		return section;
	}
}

if (!customElements.get('release-compare')) customElements.define('release-compare', ReleaseCompare);
