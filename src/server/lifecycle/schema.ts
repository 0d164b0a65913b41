/**
 * The tables of the ticket lifecycle, appended as one migration to storage.ts's list. They only
 * reference `tickets`, so they do not depend on any other migration.
 */
export const LIFECYCLE_MIGRATION = `
	-- every change of a ticket after it was opened: status changes and messages, who and when
	CREATE TABLE ticket_events (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		ticket_id TEXT NOT NULL REFERENCES tickets (id),
		at TEXT NOT NULL,
		-- 'suporte' | 'cliente' | 'sistema'
		actor TEXT NOT NULL,
		author TEXT,
		-- 'status' | 'mensagem' | 'acompanhamento'
		kind TEXT NOT NULL,
		from_status TEXT,
		to_status TEXT,
		message TEXT,
		automatic INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
	-- private links to /acompanhar/: only the sha-256 of the token is kept
	CREATE TABLE ticket_access (
		token_hash TEXT PRIMARY KEY,
		ticket_id TEXT NOT NULL REFERENCES tickets (id),
		created_at TEXT NOT NULL
	);
	-- an Acompanhamento (ticket_id) continues a closed ticket (parent_id)
	CREATE TABLE ticket_follow_ups (
		ticket_id TEXT PRIMARY KEY REFERENCES tickets (id),
		parent_id TEXT NOT NULL UNIQUE REFERENCES tickets (id)
	);
	-- "Meus tickets" links: valid 24 h, single use
	CREATE TABLE my_tickets_links (
		token_hash TEXT PRIMARY KEY,
		email TEXT NOT NULL,
		expires_at TEXT NOT NULL,
		used_at TEXT
	);
	-- e-mails sent because of an event (survey, reminder), so each goes out once
	CREATE TABLE ticket_notices (
		ticket_id TEXT NOT NULL REFERENCES tickets (id),
		kind TEXT NOT NULL,
		event_id INTEGER NOT NULL,
		sent_at TEXT NOT NULL,
		PRIMARY KEY (ticket_id, kind, event_id)
	);
	CREATE TABLE survey_answers (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		ticket_id TEXT NOT NULL REFERENCES tickets (id),
		rating INTEGER NOT NULL,
		comment TEXT,
		created_at TEXT NOT NULL
	);
`;
