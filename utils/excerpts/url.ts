const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|spm|from|share_token|scene|srcid|_hsenc|_hsmi|yclid)$/i;

/** The page URL an excerpt belongs to: no fragment, no tracking parameters. */
export function normalizePageUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = '';
  // forEach, not `[...searchParams.keys()]`: in a Firefox content script the iterator that
  // keys() returns comes through an Xray wrapper without Symbol.iterator, so spreading it
  // throws (Mozilla bug 1023984). This runs in the content script (reading positions).
  const tracking: string[] = [];
  url.searchParams.forEach((_value, key) => {
    if (TRACKING_PARAMS.test(key)) tracking.push(key);
  });
  for (const key of tracking) url.searchParams.delete(key);
  return url.toString();
}

export function hostOf(raw: string): string {
  try {
    return new URL(raw).hostname;
  } catch {
    return '';
  }
}

/** An excerpt's source as a link target, only for http(s): never `javascript:` or `data:`. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
