import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createEditorExtensions } from '@/components/editor/editor-extensions';
import { recapExtensions } from '@/lib/recaps/document/extensions';
import { filterCharacters, filterStorylines, type EditorCharacter } from '@/components/editor/suggestion-items';

const characters: EditorCharacter[] = [
  { id: 1, name: 'Carrie Bradshaw', shortName: 'Carrie', slug: 'carrie-bradshaw', aliases: [] },
  { id: 2, name: 'Mr. Big', shortName: 'Big', slug: 'mr-big', aliases: ['John', 'John James Preston'] },
  { id: 3, name: 'Charlotte York', shortName: 'Charlotte', slug: 'charlotte-york', aliases: [] },
  { id: 4, name: 'Zoë Caldwell', shortName: 'Zoë', slug: 'zoe', aliases: [] },
];

function describeSchema(extensions: Parameters<typeof getSchema>[0]) {
  const schema = getSchema(extensions);
  const attrs = (spec: { attrs?: Record<string, unknown> }) => Object.keys(spec.attrs ?? {});
  return {
    nodes: Object.fromEntries(Object.entries(schema.nodes).map(([name, type]) => [name, { content: type.spec.content, group: type.spec.group, attrs: attrs(type.spec) }])),
    marks: Object.fromEntries(Object.entries(schema.marks).map(([name, type]) => [name, attrs(type.spec)])),
  };
}

describe('the editor and the server share one schema', () => {
  it('the editor (with popups and placeholder) builds exactly the schema the validator and renderer use', () => {
    const editor = createEditorExtensions({ characters: () => characters, storylines: () => [] });
    expect(describeSchema(editor)).toEqual(describeSchema(recapExtensions));
  });
});

describe('the @ popup finds characters by name and alias', () => {
  it('"Car" finds Carrie first, labelled with her short name', () => {
    const [first] = filterCharacters(characters, 'Car');
    expect(first).toMatchObject({ id: 1, slug: 'carrie-bradshaw', label: 'Carrie' });
  });

  it('finds a character by alias and says which alias matched', () => {
    expect(filterCharacters(characters, 'john')).toEqual([{ id: 2, slug: 'mr-big', label: 'Big', detail: 'Mr. Big · auch „John“' }]);
  });

  it('ignores case and accents, prefers name starts over inner matches', () => {
    expect(filterCharacters(characters, 'zoe').map((item) => item.id)).toEqual([4]);
    expect(filterCharacters(characters, 'ch').map((item) => item.id)).toEqual([3]);
    expect(filterCharacters(characters, 'big').map((item) => item.id)).toEqual([2]);
  });

  it('offers everyone (up to the limit) for an empty query and nobody for nonsense', () => {
    expect(filterCharacters(characters, '')).toHaveLength(4);
    expect(filterCharacters(characters, 'xyz')).toEqual([]);
  });
});

describe('the # popup finds storylines by title', () => {
  it('matches words inside the title', () => {
    const storylines = [
      { id: 7, title: 'Carrie & Big', slug: 'carrie-und-big' },
      { id: 8, title: 'Charlottes Kinderwunsch', slug: 'charlottes-kinderwunsch' },
    ];
    expect(filterStorylines(storylines, 'kinder').map((item) => item.id)).toEqual([8]);
    expect(filterStorylines(storylines, 'big')).toEqual([{ id: 7, slug: 'carrie-und-big', label: 'Carrie & Big', detail: null }]);
  });
});
