/**
 * Tables ordered so that every table comes after the tables its foreign keys
 * point to: rows can then be inserted in that order with every constraint
 * checked as it goes. A table's key to itself does not order tables. Pure.
 */
export function parentsFirst(tables: string[], references: { table: string; references: string }[]): string[] {
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { table, references: parent } of references) {
    if (table !== parent && parents.has(parent)) parents.get(table)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table) && [...parents.get(table)!].every((parent) => placed.has(parent)));
    if (ready.length === 0) {
      const left = tables.filter((table) => !placed.has(table));
      throw new Error(`The foreign keys between ${left.join(", ")} form a cycle: no table can be copied first.`);
    }
    for (const table of ready) placed.add(table);
    ordered.push(...ready);
  }
  return ordered;
}
