/**
 * Saves `data` as a file named `name` through the browser's download: a Blob behind an object URL
 * and a click on a temporary `<a download>`. For `toCsv` (CSV_MIME) and `toXlsx` (XLSX_MIME).
 */
export function downloadFile(name: string, data: string | Uint8Array, mime: string): void {
  // Copy into a fresh ArrayBuffer-backed view: Blob's types do not take a view of a SharedArrayBuffer.
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  // Firefox only follows a click on a link in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the Blob (Safari, old
  // Firefox); a minute later nothing needs it any more.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
