/** Saves `text` as a file named `filename` from memory: the object URL lives only for the click. */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click has started the download; the code must not stay reachable through the URL.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
