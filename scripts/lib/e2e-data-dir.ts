import { join } from 'node:path';
import { projectRoot } from '../../src/utils/content-dir';

/**
 * The data folder of the ticket service Playwright starts on `port` (playwright.config.ts), so
 * the tests can read what the service wrote there, such as the e-mails of its outbox folder.
 */
export function e2eDataDir(port: number | string): string {
	return join(projectRoot, '.tmp', 'e2e-data', String(port));
}
