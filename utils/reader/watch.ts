/**
 * Notices SPA navigation and a speech body that keeps loading. The observer
 * callback only arms a timer; the check runs once things are quiet, so a page that
 * mutates continuously costs one cheap check per `quietMs`, never per mutation.
 */
export function watchPage(
  win: Window,
  getRoot: () => Element,
  onChange: (reason: 'url' | 'grown') => void,
  quietMs = 800,
): () => void {
  const doc = win.document;
  let href = win.location.href;
  let length = getRoot().textContent?.length ?? 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    if (win.location.href !== href) {
      href = win.location.href;
      length = getRoot().textContent?.length ?? 0;
      onChange('url');
      return;
    }
    const root = getRoot();
    const now = root.isConnected ? (root.textContent?.length ?? 0) : 0;
    if (!root.isConnected || now > length * 1.1 + 200) {
      length = now;
      onChange('grown');
    }
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(check, quietMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  win.addEventListener('popstate', schedule);
  return () => {
    observer.disconnect();
    win.removeEventListener('popstate', schedule);
    clearTimeout(timer);
  };
}
