/**
 * `fn` over `items`, yielded in order, with at most `window` calls running or finished but not yet
 * taken: the consumer's pace bounds what is held. However the iteration ends (done, a call failed,
 * or the consumer stopped early), the calls in flight settle first, so none of them is still
 * working after the caller has moved on.
 */
export async function* readAhead<T, R>(items: readonly T[], window: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < window) {
      const call = fn(items[next++] as T);
      // Handled where it is awaited; this only keeps an early failure from counting as unhandled.
      call.catch(() => {});
      pending.push(call);
    }
  };
  try {
    fill();
    while (pending.length > 0) {
      const value = await (pending.shift() as Promise<R>);
      fill();
      yield value;
    }
  } finally {
    await Promise.allSettled(pending);
  }
}
