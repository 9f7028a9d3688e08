// How the lab shows a strategy's own source file beside its Python. Pure, so it is unit tested
// against the real strategy files.

/**
 * The strategy object's `python: { … }` block folded to one line: it is the left column already,
 * and as an escaped string literal it would bury the run loop people came to read. Anything else
 * in the file is shown exactly as it ran.
 */
export function foldPython(code: string): string {
  return code.replace(/^( *)python: \{\n[\s\S]*?\n\1\},\n/m, '$1python: { … }, // shown beside this file\n');
}
