import { useCallback, useMemo, useState } from 'preact/hooks';

export interface Selection {
  ids: ReadonlySet<string>;
  set(ids: string[], selected: boolean): void;
  clear(): void;
}

/** Selected excerpt ids; kept across searches so a selection can be built from several. */
export function useSelection(): Selection {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const set = useCallback((changed: string[], selected: boolean) => {
    setIds((current) => {
      const next = new Set(current);
      for (const id of changed) {
        if (selected) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setIds(new Set()), []);
  return useMemo(() => ({ ids, set, clear }), [ids, set, clear]);
}
