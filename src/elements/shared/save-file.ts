/** Saving a `Blob` the user asked for: the filter bar's download and every widget's export. */

/** Saves `blob` as `fileName` through a temporary link (no page navigation, no popup). */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // The download has started from the URL by the next task; then it can go.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** Letters, digits, `.`, `_` and `-` only; no `..`, no leading dot or dash. */
export function safeFileName(name: string, fallback: string): string {
  return (
    name
      .replace(/[^\w.-]+/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[.-]+/, '') || fallback
  );
}
