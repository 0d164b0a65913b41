import type Database from 'better-sqlite3';
import type { Feedback } from '../schemas/feedback';

/** The "Isso foi útil?" answers, in the table of the service's database (see storage.ts). */
export class FeedbackStore {
	private readonly insert: Database.Statement<[string, number, string | null, string]>;

	constructor(db: Database.Database) {
		this.insert = db.prepare('INSERT INTO feedback (page, useful, comment, created_at) VALUES (?, ?, ?, ?)');
	}

	record(feedback: Feedback, at: Date = new Date()): void {
		this.insert.run(feedback.page, feedback.useful ? 1 : 0, feedback.comment ?? null, at.toISOString());
	}
}
