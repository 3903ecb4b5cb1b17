// Builds small documents for the analyser tests (happy-dom's DOMParser: inert, no scripts).
export function parseDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A page whose body is the given paragraphs (strings become <p>, raw HTML is kept). */
export function pageOf(paragraphs: string[], title = ''): Document {
  const body = paragraphs.map((p) => (p.startsWith('<') ? p : `<p>${p}</p>`)).join('\n');
  return parseDoc(`<!doctype html><html><head><title>${title}</title></head><body><div id="content">${body}</div></body></html>`);
}

/** Filler paragraph text of roughly `n` CJK characters. */
export function filler(n = 80, seed = '我们要坚持实事求是，把各项工作抓实抓细抓到位'): string {
  let out = '';
  while (out.length < n) out += seed;
  return `${out.slice(0, n)}。`;
}
