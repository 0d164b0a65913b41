import type { Hono } from 'hono';
import type { TicketCatalog } from '../schemas/ticket';
import { readCatalog } from '../utils/catalog';
import type { ApiEnv } from './api-env';
import { createApp } from './app';
import type { ServiceConfig } from './config';
import { openTicketStore, type TicketStore } from './storage';

export interface TicketService {
	app: Hono<ApiEnv>;
	store: TicketStore;
	catalog: TicketCatalog;
	/** Closes the database; stop the HTTP server first. */
	close(): void;
}

/**
 * Opens the storage, reads the catalog of the content and builds the API. The catalog is read
 * once: products and modules only change with a new build, which restarts the service.
 */
export function openTicketService(config: ServiceConfig): TicketService {
	const catalog = readCatalog(config.contentDir);
	const store = openTicketStore(config.dataDir);
	const app = createApp({ config, store, catalog });
	return { app, store, catalog, close: () => store.close() };
}
