import type { ChangeType } from '../../schemas/release';

/** What the comparison page embeds as JSON for its script; the changes' markup is in a <template>. */
export interface CompareData {
	productName: string;
	/** Newest first. */
	versions: { version: string; date: string; url: string; changes: CompareChange[] }[];
	moduleNames: Record<string, string>;
	moduleOrder: string[];
}

export interface CompareChange {
	/** Index of the change's rendered <li> in the template (`data-change`). */
	index: number;
	type: ChangeType;
	module: string;
	breaking: boolean;
}
