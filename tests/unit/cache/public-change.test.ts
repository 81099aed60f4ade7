import { describe, expect, it } from 'vitest';
import { listingChange, mergeChanges, publicChangeSchema, textChange } from '@/lib/cache/public-change';

describe('what a save changed on the public pages', () => {
  it('collects the recaps whose text changed, each once', () => {
    const merged = [textChange(3), textChange(1), textChange(3)].reduce(mergeChanges, null as ReturnType<typeof mergeChanges> | null);
    expect(merged).toEqual({ kind: 'text', episodeIds: [3, 1] });
  });

  it('becomes a change of every listing as soon as one save changed an excerpt or tags', () => {
    expect(mergeChanges(textChange(1), listingChange)).toEqual({ kind: 'listing' });
    expect(mergeChanges(listingChange, textChange(1))).toEqual({ kind: 'listing' });
  });

  it('marks everything once more recaps changed at once than are worth listing', () => {
    let merged = mergeChanges(null, textChange(1));
    for (let id = 2; id <= 51; id++) merged = mergeChanges(merged, textChange(id));
    expect(merged).toEqual({ kind: 'listing' });
  });

  it('accepts only what the app itself sends', () => {
    expect(publicChangeSchema.safeParse({ kind: 'text', episodeIds: [4] }).success).toBe(true);
    expect(publicChangeSchema.safeParse({ kind: 'listing' }).success).toBe(true);
    for (const forged of [{ kind: 'text', episodeIds: [] }, { kind: 'text', episodeIds: ['../x'] }, { kind: 'text', episodeIds: [-1] }, { kind: 'alles' }, null, 'listing']) {
      expect(publicChangeSchema.safeParse(forged).success).toBe(false);
    }
  });
});
