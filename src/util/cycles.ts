/**
 * Cycles in a functional graph (each node has at most one successor: a supervisor, an alignment target). Every
 * node is visited once, so it is linear; each cycle is returned once, rotated to start at its smallest member.
 */
export function findCycles(nodes: Iterable<string>, next: (node: string) => string | undefined): string[][] {
  const state = new Map<string, 1 | 2>(); // 1 = on the current walk, 2 = finished
  const cycles: string[][] = [];
  for (const start of nodes) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let node: string | undefined = start;
    while (node !== undefined && !state.has(node)) {
      state.set(node, 1);
      path.push(node);
      node = next(node);
    }
    if (node !== undefined && state.get(node) === 1) {
      const cycle = path.slice(path.indexOf(node));
      let min = 0;
      for (let i = 1; i < cycle.length; i++) if (cycle[i]! < cycle[min]!) min = i;
      cycles.push([...cycle.slice(min), ...cycle.slice(0, min)]);
    }
    for (const n of path) state.set(n, 2);
  }
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}
