/**
 * Name shown in the header, titles and feeds. On its own so that node code (the ticket service)
 * can read it without site.ts, which reads Astro's build-time variables.
 */
export const SITE_NAME = 'Central de Ajuda Linha Consinco';
