'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { requestIp } from '@/lib/actions/request-ip';
import { db } from '@/lib/db/client';
import { publicRecapEdited, refreshPublicPages } from '@/lib/cache/refresh';
import { restoreRevision } from './restore';
import { saveDraft } from './save-draft';
import * as schema from './schema';
import { validateDocument } from './document/validate';
import { changeStatus } from './workflow';

const byEpisode = (input: { episodeId: number }) => ({ episodeId: input.episodeId });

export const saveRecapDraft = defineAction({
  name: 'recap.save',
  input: schema.saveRecapDraft,
  permission: 'recap.edit',
  target: byEpisode,
  async run({ user, input }) {
    const checked = validateDocument(input.body);
    if (!checked.ok) throw new ActionError(checked.error);
    const outcome = await saveDraft(db(), { episodeId: input.episodeId, baseVersion: input.baseVersion, doc: checked.doc, user });
    if (outcome.status !== 'saved') return outcome;
    const { publicChange, ...saved } = outcome;
    if (publicChange && saved.recapStatus === 'PUBLISHED') publicRecapEdited(publicChange);
    return saved;
  },
});

export const restoreRecapRevision = defineAction({
  name: 'recap.restore',
  input: schema.restoreRevision,
  permission: 'recap.edit',
  target: byEpisode,
  async run({ user, input }) {
    const result = await restoreRevision(db(), { ...input, user });
    if (result.status === 'PUBLISHED') await refreshPublicPages();
    return result;
  },
});

export const submitRecapForReview = defineAction({
  name: 'recap.submit',
  input: schema.episodeRef,
  permission: 'recap.submit',
  target: byEpisode,
  async run({ user, input }) {
    return changeStatus(db(), input.episodeId, { to: 'IN_REVIEW' }, user, await requestIp());
  },
});

export const publishRecap = defineAction({
  name: 'recap.publish',
  input: schema.publishRecap,
  permission: 'recap.publish',
  target: byEpisode,
  async run({ user, input }) {
    const result = await changeStatus(db(), input.episodeId, { to: 'PUBLISHED', publishAt: input.publishAt ?? null }, user, await requestIp());
    await refreshPublicPages();
    return result;
  },
});

export const unpublishRecap = defineAction({
  name: 'recap.unpublish',
  input: schema.episodeRef,
  permission: 'recap.unpublish',
  target: byEpisode,
  async run({ user, input }) {
    const result = await changeStatus(db(), input.episodeId, { to: 'DRAFT' }, user, await requestIp());
    await refreshPublicPages();
    return result;
  },
});
