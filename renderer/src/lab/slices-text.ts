import type { TFunction } from 'i18next';

/** recv() call lengths as "1024 + 976"; past the listed ones, how many calls there were in all. */
export function slicesText(t: TFunction, received: { slices?: number[]; sliceCount?: number }): string {
  const listed = (received.slices ?? []).join(' + ');
  const { sliceCount } = received;
  return sliceCount === undefined ? listed : t('log.moreSlices', { listed, count: sliceCount });
}
