/** Hono typing of the API: what middleware hands to the route handlers. */
export interface ApiEnv {
	Variables: {
		/** The request body, parsed as JSON by `jsonBody()`. */
		json: unknown;
	};
}
