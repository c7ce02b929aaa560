/**
 * Decoding of address parts that may be malformed (`#/lessons/why-parallel%`): a bad percent
 * escape must give "no such page", never an exception that takes the page down.
 * Pure: any thread, and Node.
 */

/** `decodeURIComponent(text)`, or `text` unchanged when it holds a malformed escape. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
