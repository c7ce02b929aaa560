/**
 * Tells the user when a new version of the site is available or when the page must reload to
 * become cross-origin isolated (owned by the self-hosting feature; placeholder renders nothing).
 */
export function UpdateBanner() {
  return null;
}
