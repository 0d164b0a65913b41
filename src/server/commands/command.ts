/** One subcommand of `npm run tickets -- <name> …`. */
export interface TicketCommand {
	/** The pt-BR word typed after `npm run tickets --`, e.g. "listar". */
	name: string;
	/** One pt-BR line for the help text: the arguments and what the command does. */
	usage: string;
	/** Runs the command with the arguments after its name; resolves to the process exit code. */
	run(args: string[], env: NodeJS.ProcessEnv): Promise<number>;
}
