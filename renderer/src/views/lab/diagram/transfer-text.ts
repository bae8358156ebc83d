import type { Transfer } from '../../../lab/lab-state';

const LABEL_TEXT_LENGTH = 32;

/** A transfer's size and the start of its text, for the one line per direction that shows it. */
export function transferText(transfer: Transfer): { bytes: number; text: string } {
  const { text, truncated } = transfer.preview;
  const short = text.length > LABEL_TEXT_LENGTH ? `${text.slice(0, LABEL_TEXT_LENGTH)}…` : text;
  return { bytes: transfer.bytes, text: truncated && short === text ? `${text}…` : short };
}
