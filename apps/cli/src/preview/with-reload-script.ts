import { PREVIEW_PATHS } from './preview-paths.js';

/**
 * What the reload script does: reload the page when the preview says the content changed. It is
 * a file of the preview's own origin rather than inline, so a page whose policy allows only its
 * own scripts still runs it.
 */
export const RELOAD_SCRIPT = `// coursepack preview: reload this page when the content changes.
new EventSource(${JSON.stringify(PREVIEW_PATHS.events)}).addEventListener('reload', () => location.reload());
`;

const TAG = `<script src="${PREVIEW_PATHS.reloadScript}"></script>`;

/** An HTML page with the reload script loaded at the end of its body (or of the page, without one). */
export function withReloadScript(html: string): string {
  const end = html.lastIndexOf('</body>');
  return end === -1 ? `${html}${TAG}` : `${html.slice(0, end)}${TAG}${html.slice(end)}`;
}
