import type { ServerResponse } from 'node:http';

/** The pages listening for reloads, as one Server-Sent Events stream each. */
export interface EventStream {
  /** Keep a response open as a stream of events, until its page goes away or the stream closes. */
  accept: (res: ServerResponse) => void;
  /** Send a named event to every open stream. */
  send: (event: string) => void;
  /** End every stream. */
  close: () => void;
  /** How many pages are listening. */
  size: () => number;
}

/** An empty set of Server-Sent Events streams. */
export function eventStream(): EventStream {
  const open = new Set<ServerResponse>();
  return {
    accept(res) {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      // A comment, so the page's EventSource opens now rather than at the first event.
      res.write(': coursepack preview\n\n');
      open.add(res);
      res.on('close', () => open.delete(res));
    },
    send(event) {
      for (const res of open) res.write(`event: ${event}\ndata: ${event}\n\n`);
    },
    close() {
      for (const res of open) res.end();
      open.clear();
    },
    size: () => open.size,
  };
}
