// Ad-like ids and class names, matched as whole tokens: "gg_box", "ad-slot",
// "AdBox-Article-QQ", "TopAds", "adsbygoogle" match; "header", "shadow", "load",
// "gradient", "badge", "download" do not.

const AD_TOKENS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adsbygoogle',
  'adslot',
  'adbox',
  'adbanner',
  'gg',
  'guanggao',
  'sponsor',
  'sponsored',
  'sponsors',
  'cpro',
  'sinaads',
]);

/** A token that turns "ad" into its opposite ("no-ad", "without-ads"). */
const NEGATIONS = new Set(['no', 'non', 'without', 'noad', 'noads', 'adfree', 'free']);

/**
 * Generated names (CSS modules, styled-components) such as "36AD7RDgkLzFtv3AeWjhgR":
 * their letters are noise, so they are not split into words.
 */
function isHashLike(segment: string): boolean {
  const word = segment.replace(/\d+x\d+/g, ''); // sizes such as 728x90 are not noise
  if (word.length < 6) return false;
  const digits = word.replace(/\D/g, '').length;
  const mixedCase = /[a-z]/.test(word) && /[A-Z]/.test(word);
  const caseChanges = (word.match(/[a-z][A-Z]|[A-Z][a-z]/g) ?? []).length;
  const digitSwitches = (word.match(/[a-zA-Z]\d|\d[a-zA-Z]/g) ?? []).length;
  return (digits >= 2 && mixedCase) || caseChanges >= 4 || digitSwitches >= 3;
}

/** Splits on separators, then on case changes ("TopAds") and letter/digit boundaries ("gg300"). */
export function nameTokens(name: string): string[] {
  return name
    .replace(/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/gi, ' ') // UUIDs ("navId-80E6DEE6-87E4-4AD0-…")
    .split(/[\s\-_:.]+/)
    .filter((segment) => segment !== '' && !isHashLike(segment))
    .flatMap((segment) =>
      segment
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/([a-zA-Z])(\d)|(\d)([a-zA-Z])/g, '$1$3 $2$4')
        .split(' '),
    )
    .filter(Boolean)
    .map((token) => token.toLowerCase());
}

export function isAdLikeName(name: string): boolean {
  const tokens = nameTokens(name);
  if (tokens.some((token) => NEGATIONS.has(token))) return false;
  return tokens.some((token, i) => AD_TOKENS.has(token) && !(token === 'ad' && tokens[i + 1] === 'hoc'));
}

export function hasAdLikeIdOrClass(element: Element): boolean {
  const id = element.getAttribute('id'); // not element.id: a form's `id` can be a clobbering input
  if (id && isAdLikeName(id)) return true;
  return Array.from(element.classList).some(isAdLikeName);
}

const AD_HOSTS = [
  'googlesyndication.com',
  'doubleclick.net',
  'googleadservices.com',
  'pos.baidu.com',
  'cpro.baidu.com',
  'cpro.baidustatic.com',
  'tanx.com',
  'taboola.com',
  'outbrain.com',
  'adnxs.com',
  'amazon-adsystem.com',
  'criteo.com',
  'l.qq.com',
];

/** True when the frame is served from a well-known ad host (the host, not the query string). */
export function isAdFrameUrl(src: string, base = 'http://invalid/'): boolean {
  let host: string;
  try {
    host = new URL(src, base).hostname.toLowerCase();
  } catch {
    return false;
  }
  return AD_HOSTS.some((adHost) => host === adHost || host.endsWith(`.${adHost}`));
}
