// Saves still on their way, by the record they write, so that a page opened
// just after another one saved reads the record only once the save has landed
// and never starts from an older version (which would look like someone
// else's change).

const inFlight = new Map<string, Set<Promise<unknown>>>();

/** Remembers a save of record `key` until it has landed. */
export function trackSave(key: string, save: Promise<unknown>): void {
  const saves = inFlight.get(key) ?? new Set();
  saves.add(save);
  inFlight.set(key, saves);
  void save.finally(() => {
    saves.delete(save);
    if (saves.size === 0) inFlight.delete(key);
  });
}

/** Resolves once every save of record `key` has landed (or failed). */
export async function savesLanded(key: string): Promise<void> {
  const saves = inFlight.get(key);
  if (saves) await Promise.allSettled([...saves]);
}
