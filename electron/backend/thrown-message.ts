/** The text to show for whatever was thrown: an Error's message, or the thrown value itself. */
export function thrownMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
