import { createReferenceNode } from './reference-node';

/** A storyline named with "#" in the editor; rendered as a link to /handlungsstraenge/<slug>. */
export const StorylineTag = createReferenceNode({ name: 'storylineTag', dataType: 'storyline-tag', trigger: '#' });
