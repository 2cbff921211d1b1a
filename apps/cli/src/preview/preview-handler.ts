import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentType } from './content-type.js';
import { headerHostName, isLoopbackName } from './loopback-name.js';
import type { EventStream } from './event-stream.js';
import type { PreviewSite } from './load-preview-site.js';
import { PREVIEW_PATHS } from './preview-paths.js';
import { renderIndexPage } from './render-index-page.js';
import { requestPath } from './request-path.js';
import { RELOAD_SCRIPT, withReloadScript } from './with-reload-script.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  // Always the content as it is now: a page reloaded after an edit must not come from a cache.
  res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const TEXT = 'text/plain; charset=utf-8';

/**
 * The preview's answer to each request: the index at `/`, a module's player files under
 * `/<module-id>/` (its pages with the reload script), the reload script and the event stream at
 * their reserved paths, and nothing else: 404 for any other path, 400 for one that tries to leave
 * the served files. `isLoopback`: the server listens on this machine only, so a request must name
 * it in its Host header.
 */
export function previewHandler(site: () => PreviewSite, events: EventStream, isLoopback = false): Handler {
  return (req, res) => {
    // Served on this machine only, the preview answers only to this machine's names: a page of
    // another site whose name was pointed at 127.0.0.1 (DNS rebinding) cannot read the course.
    if (isLoopback && !isLoopbackName(headerHostName(req.headers.host))) return send(req, res, 421, TEXT, 'This preview answers to localhost only\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, TEXT, 'Only GET and HEAD are served\n', { allow: 'GET, HEAD' });
    const target = requestPath(req.url ?? '/');
    if (!target) return send(req, res, 400, TEXT, 'Bad request path\n');
    const { segments, isFolder } = target;
    const joined = `/${segments.join('/')}`;
    if (joined === PREVIEW_PATHS.events && req.method === 'GET') return events.accept(res);
    if (joined === PREVIEW_PATHS.reloadScript) return send(req, res, 200, 'text/javascript; charset=utf-8', RELOAD_SCRIPT);
    const now = site();
    const [first, ...rest] = segments;
    if (first === undefined) return send(req, res, 200, 'text/html; charset=utf-8', renderIndexPage(now));
    const module = now.modules.find((m) => m.id === first);
    if (!module) return send(req, res, 404, TEXT, 'Not found\n');
    // The player's pages link to each other relatively, so its folder is always asked for with a slash.
    if (rest.length === 0 && !isFolder) return send(req, res, 308, TEXT, 'Moved\n', { location: `/${encodeURIComponent(module.id)}/` });
    const file = rest.length === 0 ? 'index.html' : rest.join('/');
    const bytes = module.files.get(file);
    if (!bytes) return send(req, res, 404, TEXT, 'Not found\n');
    const type = contentType(file);
    if (type.startsWith('text/html')) return send(req, res, 200, type, withReloadScript(Buffer.from(bytes).toString('utf8')));
    return send(req, res, 200, type, bytes);
  };
}
