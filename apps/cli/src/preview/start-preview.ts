import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventStream } from './event-stream.js';
import type { PreviewSite } from './load-preview-site.js';
import { previewLoader } from './load-preview-site.js';
import { isLoopbackName } from './loopback-name.js';
import { previewHandler } from './preview-handler.js';
import { watchContent } from './watch-content.js';

/** Options of {@link startPreview}. */
export interface PreviewOptions {
  /** The content folder (absolute). */
  root: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Called each time the course was loaded again after a change, before open pages are told to reload. */
  onReload?: (site: PreviewSite) => void;
  /** A failure after start: the course could not be loaded again, or the watch or the server failed. */
  onError?: (error: unknown) => void;
  /** Quiet time after the last change before the course is loaded again, in milliseconds (default 100). */
  delayMs?: number;
}

/** A running preview. */
export interface Preview {
  /** Where it is served, with a trailing slash (`http://127.0.0.1:4321/`). */
  url: string;
  /** The course as served now. */
  site: () => PreviewSite;
  /** Stop watching, end the open event streams and close the server. */
  close: () => Promise<void>;
}

/**
 * Serve a live preview of a content folder: each module's learner player, built in memory, and
 * an index of the modules and their problems. The folder is watched; after a change the course is
 * loaded again and open pages reload. Rejects when the course cannot be loaded or the server
 * cannot listen (the listen error as it came, e.g. `EADDRINUSE`).
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  // Each load after a change rebuilds only the modules it touched.
  const load = previewLoader(options.root);
  let site = await load();
  const events = eventStream();
  const server = createServer(previewHandler(() => site, events, isLoopbackName(options.host)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.onError?.(error));

  let isClosed = false;
  let reloading: Promise<void> | null = null;
  let isPending = false;
  // One load at a time; changes made during a load are picked up by one more load after it.
  const loadAgain = async (): Promise<void> => {
    try {
      do {
        isPending = false;
        try {
          const next = await load();
          if (isClosed) return;
          site = next;
          options.onReload?.(site);
          events.send('reload');
        } catch (error) {
          if (!isClosed) options.onError?.(error);
        }
      } while (isPending && !isClosed);
    } finally {
      reloading = null;
    }
  };
  const reload = (): void => {
    if (reloading) isPending = true;
    else reloading = loadAgain();
  };

  let stopWatching: () => void;
  try {
    stopWatching = await watchContent(options.root, reload, { delayMs: options.delayMs ?? 100, onError: (error) => options.onError?.(error) });
  } catch (error) {
    server.close();
    throw error;
  }

  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    site: () => site,
    async close() {
      if (isClosed) return;
      isClosed = true;
      stopWatching();
      events.close();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([stopped, reloading]);
    },
  };
}
