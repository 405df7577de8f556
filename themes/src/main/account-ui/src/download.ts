export type DownloadedFile = { blob: Blob; filename: string };

/** The file name a download response proposes (RFC 6266, the UTF-8 form first). */
export function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1];
}

/**
 * Hands a downloaded file to the browser. The link stays in a hidden list for a minute (then its object URL is
 * released), so assistive tools and tests can find what was last downloaded.
 */
export function saveFile({ blob, filename }: DownloadedFile): void {
  let list = document.getElementById("sportello-downloads");
  if (!list) {
    list = document.createElement("div");
    list.id = "sportello-downloads";
    list.hidden = true;
    document.body.appendChild(list);
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.dataset.filename = filename;
  list.appendChild(link);
  link.click();
  window.setTimeout(() => {
    URL.revokeObjectURL(link.href);
    link.remove();
  }, 60_000);
}
