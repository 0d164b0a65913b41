/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal while stopping exits at
 * once, so that Ctrl+C twice always works.
 */
export function onShutdown(stop: () => Promise<void> | void): void {
	let stopping = false;
	const handle = (signal: NodeJS.Signals) => {
		if (stopping) {
			console.error(`\n${signal} de novo: encerrando sem esperar.`);
			process.exit(1);
		}
		stopping = true;
		console.log(`\n${signal} recebido: encerrando…`);
		Promise.resolve()
			.then(stop)
			.then(
				() => process.exit(0),
				(error: unknown) => {
					console.error('Falha ao encerrar:', error);
					process.exit(1);
				},
			);
	};
	process.on('SIGINT', handle);
	process.on('SIGTERM', handle);
}
