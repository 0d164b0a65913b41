import type { Hono } from 'hono';
import type { IntakeCatalog } from '../components/intake/payload';
import { listArticleIds } from '../utils/article-ids';
import { readCatalog } from '../utils/catalog';
import type { ApiEnv } from './api-env';
import { createApp } from './app';
import type { ServiceConfig } from './config';
import { PLAIN_STYLE_HASH, pageShell } from './page-shell';
import { sitePolicy } from './security-headers';
import { scheduleRetention } from './retention';
import { openTicketStore, type TicketStore } from './storage';

export interface TicketService {
	app: Hono<ApiEnv>;
	store: TicketStore;
	catalog: IntakeCatalog;
	/** Closes the database; stop the HTTP server first. */
	close(): void;
}

/**
 * Opens the storage, reads the catalog of the content and builds the API. The catalog is read
 * once: products and modules only change with a new build, which restarts the service.
 * `siteDir`, the built site when the service serves it too, lends its look to the pages of the
 * form route.
 */
export function openTicketService(config: ServiceConfig, { siteDir }: { siteDir?: string } = {}): TicketService {
	const catalog: IntakeCatalog = { ...readCatalog(config.contentDir), articles: listArticleIds(config.contentDir) };
	const store = openTicketStore(config.dataDir);
	const csp = sitePolicy(siteDir, [PLAIN_STYLE_HASH]);
	const app = createApp({ config, store, catalog, shell: pageShell(siteDir), csp });
	// Closed tickets and old records past TICKET_API_RETENTION_DAYS are erased now and then.
	const stopRetention = scheduleRetention(() => store.database, config.retentionDays);
	return {
		app,
		store,
		catalog,
		close: () => {
			stopRetention();
			store.close();
		},
	};
}
