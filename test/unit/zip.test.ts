// The ZIP writer, read back by an independent reader (JSZip, which checks each entry's CRC-32)
// and by Node's own CRC-32.
import JSZip from 'jszip';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zipStored } from '../../utils/zip';

const encode = (text: string) => new TextEncoder().encode(text);

describe('zipStored', () => {
  it('computes the CRC-32 that zlib computes', () => {
    for (const text of ['', 'a', '讲稿伴读', 'x'.repeat(10_000)]) expect(crc32(encode(text))).toBe(nodeCrc32(encode(text)));
  });

  it('writes an archive another reader opens, entries and UTF-8 names intact', async () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) & 0xff);
    const archive = zipStored(
      [
        { name: '[Content_Types].xml', data: encode('<Types/>') },
        { name: '目录/提纲.txt', data: encode('一、提高政治站位\n') },
        { name: 'empty', data: new Uint8Array(0) },
        { name: 'bytes.bin', data: bytes },
      ],
      new Date(2026, 5, 15, 12, 30, 10),
    );
    expect([...archive.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = await JSZip.loadAsync(archive, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', '目录/提纲.txt', 'empty', 'bytes.bin']);
    expect(await zip.file('目录/提纲.txt')!.async('string')).toBe('一、提高政治站位\n');
    expect(await zip.file('empty')!.async('uint8array')).toEqual(new Uint8Array(0));
    expect(await zip.file('bytes.bin')!.async('uint8array')).toEqual(bytes);
    // The headers hold local time (as DOS and the ZIP note say); JSZip reads it as UTC.
    const date = zip.file('bytes.bin')!.date;
    expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]).toEqual([2026, 5, 15, 12, 30, 10]);
  });

  it('is refused by the reader when a byte of an entry changes (the CRC is checked)', async () => {
    const archive = zipStored([{ name: 'a.txt', data: encode('hello') }]);
    const at = 30 + 'a.txt'.length; // the first byte of the stored data
    archive[at] = archive[at]! ^ 0xff;
    await expect(JSZip.loadAsync(archive, { checkCRC32: true })).rejects.toThrow(/crc32/i);
  });
});
