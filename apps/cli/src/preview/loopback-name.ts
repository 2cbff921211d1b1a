/** Whether a host name is one of this machine's own: `localhost` (and `*.localhost`), `127.x.x.x`, `::1` (bare or bracketed). */
export function isLoopbackName(name: string): boolean {
  const host = name.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '::1';
}

/** The host name a Host header gives (`localhost:4321` → `localhost`, `[::1]:80` → `[::1]`), or '' without one. */
export function headerHostName(header: string | undefined): string {
  return /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(header ?? '')?.[1] ?? '';
}
