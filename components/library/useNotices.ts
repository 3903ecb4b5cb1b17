import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { Notice } from './Notices';

export interface NoticeApi {
  info: Notice | null;
  errors: Notice[];
  inform(text: string): void;
  fail(text: string, detail?: string): void;
  dismiss(id: number): void;
}

export function useNotices(): NoticeApi {
  const [info, setInfo] = useState<Notice | null>(null);
  const [errors, setErrors] = useState<Notice[]>([]);
  const counter = useRef(0);
  const inform = useCallback((text: string) => setInfo({ id: ++counter.current, text }), []);
  const fail = useCallback((text: string, detail?: string) => {
    setInfo(null);
    setErrors((list) => [...list, { id: ++counter.current, text, detail }]);
  }, []);
  const dismiss = useCallback((id: number) => setErrors((list) => list.filter((notice) => notice.id !== id)), []);
  return useMemo(() => ({ info, errors, inform, fail, dismiss }), [info, errors, inform, fail, dismiss]);
}
