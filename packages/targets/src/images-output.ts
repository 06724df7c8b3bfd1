/**
 * The `images` output of build and extension, as the next step gets it: the array an action's
 * output holds, or what `pgforge build` and `pgforge extension` print, an object whose `images`
 * is that array (beside `failed` or `layout`). Promote and catalog both take either.
 */
export function imagesArray(value: unknown): unknown {
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as { images?: unknown }).images)
  ) {
    return (value as { images: unknown[] }).images;
  }
  return value;
}
