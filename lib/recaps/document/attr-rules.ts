import { recapLinkRel } from './extensions';
import { commentThreadIdPattern } from './nodes/comment';
import { isSafeHref } from './safe-href';
import { isValidTimestampSeconds } from './timestamp-format';
import { isSlug } from '@/lib/text/slug';

// Value rules for every attribute of the recap schema. ProseMirror only checks that a
// node's structure fits; what an attribute may contain is decided here. A rule returns
// a German message for a bad value, or null.

export type AttrRule = (value: unknown) => string | null;

export const LABEL_MAX_LENGTH = 200;

const isRecordId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 2_147_483_647;

const recordId: AttrRule = (value) => (isRecordId(value) ? null : 'Verweise brauchen eine positive ganze Zahl als ID.');
const slug: AttrRule = (value) =>
  typeof value === 'string' && isSlug(value) ? null : 'Verweise brauchen einen gültigen Slug.';
const label: AttrRule = (value) =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= LABEL_MAX_LENGTH ? null : `Verweise brauchen einen Namen (höchstens ${LABEL_MAX_LENGTH} Zeichen).`;
const orNull =
  (rule: AttrRule): AttrRule =>
  (value) =>
    value === null || value === undefined ? null : rule(value);
const oneOf =
  (allowed: readonly unknown[], message: string): AttrRule =>
  (value) =>
    allowed.includes(value) ? null : message;

export const nodeAttrRules: Record<string, Record<string, AttrRule>> = {
  heading: { level: oneOf([2, 3], 'Überschriften gibt es nur in den Ebenen 2 und 3.') },
  orderedList: {
    start: (value) =>
      value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100_000)
        ? null
        : 'Eine nummerierte Liste muss bei einer ganzen Zahl beginnen.',
    type: oneOf([null, undefined, '1', 'a', 'A', 'i', 'I'], 'Unbekannte Art der Nummerierung.'),
  },
  characterMention: { id: recordId, slug, label },
  storylineTag: { id: recordId, slug, label },
  timestamp: {
    seconds: (value) =>
      isValidTimestampSeconds(value) ? null : 'Zeitmarken brauchen eine ganze Zahl von Sekunden zwischen 0 und 24 Stunden.',
  },
  speakerQuote: { speakerId: orNull(recordId), speakerSlug: orNull(slug), speakerName: orNull(label) },
};

export const markAttrRules: Record<string, Record<string, AttrRule>> = {
  comment: {
    threadId: (value) => (typeof value === 'string' && commentThreadIdPattern.test(value) ? null : 'Kommentare brauchen eine gültige Thread-ID.'),
  },
  link: {
    href: (value) => (isSafeHref(value) ? null : 'Links dürfen nur auf http-, https- oder mailto-Adressen zeigen.'),
    target: oneOf([null, undefined, '_blank'], 'Links dürfen nur in einem neuen Tab öffnen (target=_blank) oder gar kein Ziel haben.'),
    rel: oneOf([null, undefined, recapLinkRel], 'Die Link-Beziehung (rel) wird vom System gesetzt.'),
    class: oneOf([null, undefined], 'Links dürfen keine eigenen CSS-Klassen haben.'),
    title: orNull((value) => (typeof value === 'string' && value.length <= LABEL_MAX_LENGTH ? null : 'Der Link-Titel ist zu lang.')),
  },
};

/** A speaker is all three values or none, so a quote never links to a half-known character. */
export function speakerQuoteProblem(attrs: Record<string, unknown>): string | null {
  const given = [attrs.speakerId, attrs.speakerSlug, attrs.speakerName].filter((value) => value !== null && value !== undefined);
  return given.length === 0 || given.length === 3 ? null : 'Ein Zitat braucht ID, Slug und Namen der sprechenden Figur – oder keine Figur.';
}

// NUL cannot be stored in PostgreSQL text or jsonb, and a lone UTF-16 surrogate is not
// valid Unicode; either would fail at write time with an opaque database error.
const unstorable = /\u0000|\p{Cs}/u;

export function unstorableTextProblem(text: string): string | null {
  return unstorable.test(text) ? 'Der Text enthält Zeichen, die nicht gespeichert werden können (Nullzeichen oder kaputte Unicode-Zeichen).' : null;
}
