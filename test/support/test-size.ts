/**
 * `SOMEVUORO_LONG=1` runs the crash, property and fuzz tests at their full size (test/README.md);
 * `npm test` runs them shorter, still large enough to catch what they guard.
 */
export function sized(short: number, long: number): number {
  return process.env.SOMEVUORO_LONG === '1' ? long : short;
}
