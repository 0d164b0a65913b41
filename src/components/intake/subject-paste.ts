/**
 * A subject pasted longer than the limit: the field keeps what fits (the first characters) and
 * a polite live message next to it says the text was cut, instead of the browser's silent cut.
 */

export function cutMessage(pastedLength: number, max: number): string {
	return `O texto colado tinha ${pastedLength} caracteres e o assunto aceita até ${max}: ficaram só os primeiros. Confira como terminou o assunto.`;
}

export function watchSubjectPaste(input: HTMLInputElement, note: HTMLElement, max: number): void {
	input.addEventListener('paste', (event) => {
		// A single-line field: line breaks become spaces, as browsers do on paste.
		const pasted = (event.clipboardData?.getData('text') ?? '').replace(/\r?\n/g, ' ');
		const start = input.selectionStart ?? input.value.length;
		const end = input.selectionEnd ?? start;
		const room = max - (input.value.length - (end - start));
		if (pasted.length <= room) return;
		event.preventDefault();
		input.setRangeText(pasted.slice(0, Math.max(0, room)), start, end, 'end');
		input.dispatchEvent(new Event('input', { bubbles: true }));
		note.textContent = cutMessage(pasted.length, max);
	});
	// The customer edits the subject: the note has said its piece.
	input.addEventListener('input', (event) => {
		if (event.isTrusted && note.textContent) note.textContent = '';
	});
}
