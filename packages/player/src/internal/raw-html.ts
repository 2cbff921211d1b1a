import type { ElementContent } from 'hast';

/**
 * HTML the core already sanitized (RichText.html, rendered documents), inserted as is.
 * A lone paragraph is unwrapped so that it can sit inside a label.
 */
export function rawHtml(html: string, inline = false): ElementContent {
  const single = inline ? /^<p>((?:(?!<\/?p[\s>]).)*)<\/p>$/s.exec(html.trim()) : null;
  return { type: 'raw', value: single?.[1] ?? html } as unknown as ElementContent;
}
