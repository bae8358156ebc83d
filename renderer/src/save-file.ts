/** Offers `content` as a download named `<prefix>-<date and time>.<extension>`. */
export function saveFile(prefix: string, extension: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${prefix}-${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}.${extension}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
