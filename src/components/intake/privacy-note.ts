/** The privacy page, linked from the footer and next to the form's submit button. */
export const PRIVACY_URL = '/suporte/privacidade/';

/** The sentence next to the submit button (pt-BR), before the link to the privacy page. */
export const PRIVACY_NOTE =
	'Usamos estes dados só para atender o seu chamado e guardamos o chamado por até um ano depois de encerrado.';
export const PRIVACY_LINK_TEXT = 'Como tratamos os seus dados';
