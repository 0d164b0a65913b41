import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config';
import { DATABASE_FILE, openTicketStore, type TicketStore } from '../storage';

/** `--email <e-mail>`, checked; or a pt-BR message on stderr and undefined. */
export function emailArgument(args: string[], usage: string): string | undefined {
	let email: string | undefined;
	try {
		email = parseArgs({ args, options: { email: { type: 'string' } }, strict: true }).values.email;
	} catch {
		email = undefined;
	}
	if (!email || !z.string().trim().email().safeParse(email).success) {
		console.error(email ? `"${email}" não é um e-mail válido.` : 'Informe o e-mail da pessoa.');
		console.error(`Uso: npm run tickets -- ${usage}`);
		return undefined;
	}
	return email.trim();
}

/**
 * The ticket database of TICKET_API_DATA_DIR (as the service reads it), opened only when it
 * exists: a command about people's data must not create an empty one by mistake.
 */
export function openExistingStore(env: NodeJS.ProcessEnv): TicketStore | undefined {
	let dataDir: string;
	try {
		dataDir = loadConfig(env).dataDir;
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		console.error(`Configuração inválida: ${error.message}`);
		return undefined;
	}
	if (!existsSync(join(dataDir, DATABASE_FILE))) {
		console.error(`Não há banco de chamados em ${dataDir} (confira TICKET_API_DATA_DIR).`);
		return undefined;
	}
	return openTicketStore(dataDir);
}
