/** Saves `content` as a file through the browser's download flow (no downloads permission needed). */
export function downloadFile(filename: string, content: string | Uint8Array<ArrayBuffer>, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel a download that has not started reading the blob yet
    // (seen in Firefox); a few seconds later it is safely underway.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export type Download = typeof downloadFile;
