import { createReferenceNode } from './reference-node';

/** A character named with "@" in the editor; rendered as a link to /figuren/<slug>. */
export const CharacterMention = createReferenceNode({ name: 'characterMention', dataType: 'character-mention', trigger: '@' });
