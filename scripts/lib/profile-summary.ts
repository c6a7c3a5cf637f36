/** A CPU profile as Chrome's DevTools protocol returns it (Profiler.stop). */
export type Profile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
};

/**
 * The `count` functions with the most self time in a profile, as
 * "name (file:line) 123 ms": enough to say which code a long frame ran.
 */
export function topFunctions(profile: Profile, count: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id);
    if (!frame) return;
    const file = frame.url.split("/").pop() || "native";
    const key = `${frame.functionName || "(anonymous)"} (${file}:${frame.lineNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .filter(([key]) => !key.startsWith("(idle)") && !key.startsWith("(program)"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${key} ${Math.round(ms)} ms`);
}
