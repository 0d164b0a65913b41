/**
 * The deadline scheduler inside the service: one run at start (a service that was down over a
 * deadline catches up then), then one every TICKET_API_DEADLINE_CHECK_MINUTES minutes.
 */
import type { DeadlineRun, FollowUp } from './follow-up';

export interface DeadlineScheduler {
	/** The result of the run at start. */
	readonly first: DeadlineRun;
	stop(): void;
}

export function describeRun(run: DeadlineRun): string[] {
	return [
		...run.moved.map((move) => `${move.id}: ${move.from} → ${move.to} (prazo vencido)`),
		...run.reminded.map((id) => `${id}: lembrete de prazo enviado`),
	];
}

export function startDeadlineScheduler(followUp: FollowUp, minutes: number): DeadlineScheduler {
	const runLogged = () => {
		try {
			const run = followUp.runDeadlines();
			for (const line of describeRun(run)) console.log(`[prazos] ${line}`);
			return run;
		} catch (error) {
			console.error('[prazos] falha ao verificar os prazos:', error);
			return { moved: [], reminded: [] };
		}
	};
	const first = runLogged();
	const timer = minutes > 0 ? setInterval(runLogged, minutes * 60_000) : undefined;
	// The timer never keeps the process alive by itself; closing the service stops it.
	timer?.unref();
	return { first, stop: () => clearInterval(timer) };
}
