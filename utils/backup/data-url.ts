// A Chrome MV3 background is a service worker, which has no URL.createObjectURL; the
// downloads API takes a data: URL instead. UTF-8, base64 in chunks (no giant spread).
export function jsonDataUrl(content: string): string {
  const bytes = new TextEncoder().encode(content);
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  }
  return `data:application/json;charset=utf-8;base64,${btoa(chunks.join(''))}`;
}
