import { ConfigError, type Env, loadConfig, type ServiceConfig } from './config';

/** For the command-line entry points: the configuration, or a pt-BR message and exit code 1. */
export function loadConfigOrExit(env: Env, defaultPort?: number): ServiceConfig {
	try {
		return loadConfig(env, defaultPort);
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		console.error(`Configuração inválida: ${error.message}`);
		process.exit(1);
	}
}

/** For the command-line entry points: a listen failure said plainly, then exit code 1. */
export function exitOnListenError(error: unknown, { host, port }: Pick<ServiceConfig, 'host' | 'port'>): never {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EADDRINUSE') console.error(`A porta ${port} já está em uso em ${host}: defina outra com PORT=…`);
	else if (code === 'EACCES') console.error(`Sem permissão para usar a porta ${port} em ${host}: defina outra com PORT=…`);
	else console.error(`Não foi possível abrir ${host}:${port}:`, error);
	process.exit(1);
}
