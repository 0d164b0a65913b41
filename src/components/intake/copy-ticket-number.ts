/**
 * <copy-ticket-number>: the "Copiar número" button of the confirmation. It copies the number
 * shown in the confirmation (`[data-ticket-id]`) with the Clipboard API and says so; where the
 * browser refuses, it selects the number so the customer can copy it with Ctrl+C.
 */
class CopyTicketNumber extends HTMLElement {
	connectedCallback(): void {
		this.querySelector('button')?.addEventListener('click', () => void this.copy());
	}

	private get number(): HTMLElement | null {
		return this.closest('[data-confirmation]')?.querySelector<HTMLElement>('[data-ticket-id]') ?? null;
	}

	private async copy(): Promise<void> {
		const holder = this.number;
		const text = holder?.textContent?.trim() ?? '';
		if (!holder || !text) return;
		try {
			await navigator.clipboard.writeText(text);
			this.say(`Número ${text} copiado.`);
		} catch {
			const selection = window.getSelection();
			const range = document.createRange();
			range.selectNodeContents(holder);
			selection?.removeAllRanges();
			selection?.addRange(range);
			this.say(`Não foi possível copiar automaticamente: o número ${text} está selecionado, use Ctrl+C (ou Cmd+C) para copiar.`);
		}
	}

	private say(message: string): void {
		const status = this.querySelector<HTMLElement>('[data-copy-status]');
		if (status) status.textContent = message;
	}
}

if (!customElements.get('copy-ticket-number')) customElements.define('copy-ticket-number', CopyTicketNumber);
