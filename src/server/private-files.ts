import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/** Only the service's own user may enter the data folder or read its files (personal data). */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the data folder readable by its owner only; a folder that already exists is left as is. */
export function ensurePrivateDir(dir: string): void {
	if (existsSync(dir)) return;
	mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
	// mkdir's mode passes through the umask; chmod does not.
	chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Makes the database file owner-only before SQLite opens it: SQLite creates its -wal and -shm
 * files with the permissions of the database file, so they follow. Files from before are fixed too.
 */
export function ensurePrivateFile(file: string): void {
	closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
	for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
}
