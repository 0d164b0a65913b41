import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { BulletinData } from '../../../src/schemas/bulletin';
import type { Product } from '../../../src/schemas/product';
import type { ReleaseData } from '../../../src/schemas/release';
import { readCorpus } from '../../../src/validation/corpus';
import { validData } from '../../../src/validation/schema-issues';
import { currentBulletins } from '../../../src/utils/bulletins';
import { today } from '../../../src/utils/dates';

// Expectations come from content/: which items each feed must hold.
const records = readCorpus('content').records;
const releases = records.filter((record) => record.collection === 'releases').map((record) => validData<ReleaseData>(record)!);
const products = records.filter((record) => record.collection === 'products').map((record) => validData<Product>(record)!);
const bulletins = records.filter((record) => record.collection === 'bulletins').map((record) => ({ id: record.id, data: validData<BulletinData>(record)! }));
const productName = (id: string) => products.find((product) => product.id === id)!.name;
const releasedProducts = [...new Set(releases.map((release) => release.product))];
const releasePath = (release: ReleaseData) => `/novidades/${release.product}/${release.version}/`;

interface Feed {
	path: string;
	/** Pages that must announce the feed in their head. */
	announcedOn: string[];
	/** The item paths the feed must list (any order; order is checked by date). */
	items: string[];
	titles: string[];
}

const feeds: Feed[] = [
	{
		path: '/novidades/rss.xml',
		announcedOn: ['/novidades/'],
		items: releases.map(releasePath),
		titles: releases.map((release) => `${productName(release.product)} ${release.version}`),
	},
	...releasedProducts.map((product) => {
		const own = releases.filter((release) => release.product === product);
		const newest = own.sort((a, b) => b.date.getTime() - a.date.getTime())[0];
		return {
			path: `/novidades/${product}/rss.xml`,
			announcedOn: ['/novidades/', `/novidades/${product}/`, releasePath(newest), `/novidades/${product}/comparar/`],
			items: own.map(releasePath),
			titles: own.map((release) => `${productName(release.product)} ${release.version}`),
		};
	}),
	{
		path: '/informativos/rss.xml',
		announcedOn: ['/informativos/', `/informativos/${bulletins[0].id}/`],
		items: currentBulletins(bulletins, today()).map((bulletin) => `/informativos/${bulletin.id}/`),
		titles: currentBulletins(bulletins, today()).map((bulletin) => bulletin.data.title),
	},
];

interface ParsedFeed {
	error: string | null;
	version: string | null;
	channel: { title: string; link: string; description: string; language: string };
	items: { title: string; link: string; guid: string; pubDate: string; description: string }[];
}

/** Parses the feed with the browser's XML parser, which reports any well-formedness error. */
async function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const error = doc.querySelector('parsererror')?.textContent ?? null;
		const channel = doc.querySelector('rss > channel');
		const child = (parent: Element | null | undefined, name: string) => parent?.querySelector(`:scope > ${name}`)?.textContent ?? '';
		return {
			error,
			version: doc.documentElement.getAttribute('version'),
			channel: { title: child(channel, 'title'), link: child(channel, 'link'), description: child(channel, 'description'), language: child(channel, 'language') },
			items: [...doc.querySelectorAll('rss > channel > item')].map((item) => ({
				title: child(item, 'title'),
				link: child(item, 'link'),
				guid: child(item, 'guid'),
				pubDate: child(item, 'pubDate'),
				description: child(item, 'description'),
			})),
		};
	}, xml);
}

async function fetchText(request: APIRequestContext, path: string): Promise<{ status: number; type: string; body: string }> {
	const response = await request.get(path);
	return { status: response.status(), type: response.headers()['content-type'] ?? '', body: await response.text() };
}

test.describe('feeds RSS', () => {
	for (const feed of feeds) {
		test(`${feed.path}: RSS 2.0 válido, itens com links absolutos, do mais novo para o mais antigo`, async ({ page, request }) => {
			expect(feed.items.length).toBeGreaterThan(0);
			const { status, type, body } = await fetchText(request, feed.path);
			expect(status).toBe(200);
			expect(type).toMatch(/xml/);
			expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
			await page.goto('/');
			const parsed = await parseFeed(page, body);
			expect(parsed.error).toBeNull();
			expect(parsed.version).toBe('2.0');
			expect(parsed.channel.title).not.toBe('');
			expect(parsed.channel.description).not.toBe('');
			expect(parsed.channel.language).toBe('pt-br');
			expect(() => new URL(parsed.channel.link)).not.toThrow();

			expect(parsed.items.map((item) => new URL(item.link).pathname).sort()).toEqual([...feed.items].sort());
			expect(parsed.items.map((item) => item.title).sort()).toEqual([...feed.titles].sort());
			const dates = parsed.items.map((item) => Date.parse(item.pubDate));
			for (const date of dates) expect(Number.isNaN(date)).toBe(false);
			expect(dates).toEqual([...dates].sort((a, b) => b - a));
			// A release with changes that need action says so in its item, naming each of them.
			for (const release of releases.filter((release) => feed.items.includes(releasePath(release)))) {
				const item = parsed.items.find((entry) => new URL(entry.link).pathname === releasePath(release))!;
				const actions = release.changes.filter((change) => change.breaking);
				if (actions.length === 0) expect(item.description).not.toContain('Requer ação');
				else {
					expect(item.description).toContain(`Requer ação (${actions.length}): `);
					for (const change of actions) expect(item.description).toContain(change.title);
				}
			}
			for (const item of parsed.items) {
				// Absolute: parsing without a base must work, and on the same origin as the channel.
				const url = new URL(item.link);
				expect(url.origin).toBe(new URL(parsed.channel.link).origin);
				expect(item.guid).toBe(item.link);
				expect(item.description).not.toBe('');
				expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
				const target = await request.get(url.pathname);
				expect(target.status(), url.pathname).toBe(200);
			}
		});

		test(`${feed.path}: anunciado com <link rel="alternate"> nas páginas correspondentes`, async ({ page }) => {
			for (const path of feed.announcedOn) {
				await page.goto(path);
				const links = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
				const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => ({ href: node.getAttribute('href') ?? '', title: node.getAttribute('title') ?? '' })));
				const match = hrefs.find((link) => link.href.startsWith('http') && new URL(link.href).pathname === feed.path);
				expect(match, `${path} anuncia ${feed.path}`).toBeDefined();
				expect(match!.title).not.toBe('');
			}
		});
	}
});

test.describe('sitemap', () => {
	test('o índice aponta para sitemaps que listam as novidades e os informativos', async ({ page, request }) => {
		const index = await fetchText(request, '/sitemap-index.xml');
		expect(index.status).toBe(200);
		await page.goto('/');
		const sitemaps = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			return doc.querySelector('parsererror') ? null : [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');
		}, index.body);
		expect(sitemaps).not.toBeNull();
		expect(sitemaps!.length).toBeGreaterThan(0);

		const listed = new Set<string>();
		for (const sitemap of sitemaps!) {
			const { status, body } = await fetchText(request, new URL(sitemap).pathname);
			expect(status).toBe(200);
			const locs = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'application/xml');
				return doc.querySelector('parsererror') ? null : [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');
			}, body);
			expect(locs).not.toBeNull();
			for (const loc of locs!) listed.add(new URL(loc).pathname);
		}
		const expected = [
			'/novidades/',
			'/informativos/',
			...releasedProducts.map((product) => `/novidades/${product}/`),
			...releasedProducts.map((product) => `/novidades/${product}/comparar/`),
			...releases.map(releasePath),
			...bulletins.map((bulletin) => `/informativos/${bulletin.id}/`),
		];
		for (const path of expected) expect(listed.has(path), `${path} no sitemap`).toBe(true);
	});
});
