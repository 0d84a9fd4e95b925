// Whether two lists hold the same members, order and repeats aside: the one comparison for lists of step ids,
// match patterns and script files, which the browser and the store may hand back in any order.

export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
