/**
 * Reading a parameter of a page's address (the citizen page, the embed page, the staff view): a
 * bad value is never used, and the reader learns which text was refused, to warn or to show it.
 */

/** A parameter read by `parse`: its value, or the text that was refused (null when absent). */
export function readParam<T>(
  params: URLSearchParams,
  name: string,
  parse: (text: string) => T | null,
): { value: T | null; refused: string | null } {
  const text = params.get(name);
  if (text === null) return { value: null, refused: null };
  const value = parse(text);
  return value === null ? { value: null, refused: text } : { value, refused: null };
}

/** The same, with a console warning for a refused value that says what is allowed. */
export function readParamOrWarn<T>(
  params: URLSearchParams,
  name: string,
  parse: (text: string) => T | null,
  allowed: string,
  warnings: string[],
): T | null {
  const { value, refused } = readParam(params, name, parse);
  if (refused !== null) warnings.push(`ignored ${name}="${refused}"; allowed: ${allowed}`);
  return value;
}

/** `parse` for a parameter that takes one of a list of ids. */
export const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): T | null =>
    allowed.find((id) => id === text) ?? null;
