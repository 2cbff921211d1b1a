import { documentPage } from './internal/html-page.js';
import { rawHtml } from './internal/raw-html.js';

/**
 * A module file (explainer, study material) as a page of the package, from its sanitized HTML,
 * declared to be in the course's `language` (and written right to left when that language is).
 */
export function renderDocumentPage(title: string, bodyHtml: string, assetBase: string, language = 'en'): string {
  return documentPage({ title, assetBase, language }, [rawHtml(bodyHtml)]);
}
