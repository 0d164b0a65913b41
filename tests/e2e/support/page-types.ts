import { readFileSync } from 'node:fs';
import { bulletinUrl, categoryUrl } from '../../../src/components/bulletin/categories';
import type { BulletinData } from '../../../src/schemas/bulletin';
import type { ReleaseData } from '../../../src/schemas/release';
import { byVersionDesc, compareUrl, productReleasesUrl, releaseUrl } from '../../../src/utils/releases';
import { readCorpus } from '../../../src/validation/corpus';
import { validData } from '../../../src/validation/schema-issues';
import { realContent } from './corpus';

/** A GFM table: a row of cells followed by the delimiter row. */
const TABLE = /\n\|.+\|\n\|[-| :]+\|/;

/**
 * One address of every kind of page the site has, taken from the real content, so layout and
 * accessibility checks cover each template without naming a slug.
 */
export function pageTypes(dir = 'content'): Record<string, string> {
	const content = realContent(dir);
	const records = readCorpus(dir).records;
	const withTable = new Set(records.filter((record) => TABLE.test(readFileSync(record.file, 'utf8'))).map((record) => `${record.collection}/${record.id}`));
	const releases = records.filter((record) => record.collection === 'releases').map((record) => validData<ReleaseData>(record)!);
	const bulletins = records.filter((record) => record.collection === 'bulletins').map((record) => ({ id: record.id, data: validData<BulletinData>(record)! }));
	// Pages with a Markdown table are the first to overflow on a phone: prefer them.
	const article = content.published.find((entry) => withTable.has(`faq/${entry.id}`)) ?? content.published[0]!;
	const supportPage = content.pages.find((entry) => withTable.has(`pages/${entry.id}`)) ?? content.pages[0]!;
	const bulletin = bulletins.find((entry) => withTable.has(`bulletins/${entry.id}`)) ?? bulletins[0]!;
	const release = [...releases].sort(byVersionDesc)[0]!;
	return {
		início: '/',
		'base de conhecimento': '/faq/',
		módulo: `/faq/${article.data.module}/`,
		artigo: `/faq/${article.id}/`,
		suporte: '/suporte/',
		'página do suporte': `/suporte/${supportPage.id}/`,
		privacidade: '/suporte/privacidade/',
		novidades: '/novidades/',
		'novidades de um produto': productReleasesUrl(release.product),
		'nota de versão': releaseUrl(release.product, release.version),
		'comparação de versões': compareUrl(release.product),
		informativos: '/informativos/',
		informativo: bulletinUrl(bulletin.id),
		'categoria de informativos': categoryUrl(bulletin.data.category),
		busca: '/busca/',
		'abrir ticket': '/abrir-ticket/',
		'não encontrada': '/nao-existe/',
	};
}
