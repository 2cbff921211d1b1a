import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', mjs: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8',
  json: 'application/json', xml: 'application/xml', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2', txt: 'text/plain; charset=utf-8',
};

/**
 * A loopback HTTP server over an in-memory file map; `notFound` lists requested paths that were
 * missing, but for the site icon a browser asks for on its own (when it shows a file that is not a
 * page, such as a download opened in a new window).
 */
export interface FileServer {
  url: string;
  notFound: string[];
  close: () => Promise<void>;
}

/** Serve files (path → bytes) on 127.0.0.1 at a random port. */
export async function serveFiles(files: Map<string, Uint8Array>): Promise<FileServer> {
  const notFound: string[] = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '');
    const body = files.get(pathname);
    if (!body) {
      if (pathname !== 'favicon.ico') notFound.push(pathname);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[pathname.split('.').pop() ?? ''] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, notFound, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
