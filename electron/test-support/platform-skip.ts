/**
 * For a describe block that only this OS can run: true when it runs here, else says why it is
 * skipped (a skipped test says why) and what covers it instead.
 */
export function runsOn(platform: NodeJS.Platform, what: string, coveredBy: string): boolean {
  if (process.platform === platform) return true;
  console.log(
    `Skipping ${what}: it needs ${platform}, and this machine runs ${process.platform}. ${coveredBy}`,
  );
  return false;
}
