/**
 * A story of many versions for load tests: the given story's versions again
 * and again, each copy with its blocks rotated so no two copies are alike.
 */
type StoryLike = { versions: { blocks: unknown[] }[] };

export function manyVersions<T extends StoryLike>(story: T, count: number): T {
  return {
    ...story,
    versions: Array.from({ length: count }, (_, i) => {
      const source = story.versions[i % story.versions.length]!;
      const shift = Math.floor(i / story.versions.length) % source.blocks.length;
      return {
        id: `v${i + 1}`,
        label: `Copy ${i + 1}`,
        blocks: [...source.blocks.slice(shift), ...source.blocks.slice(0, shift)],
      };
    }),
  };
}
