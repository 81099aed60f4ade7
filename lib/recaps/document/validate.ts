import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { recapExtensions } from './extensions';
import { markAttrRules, nodeAttrRules, speakerQuoteProblem, unstorableTextProblem, type AttrRule } from './attr-rules';
import type { RecapDocument } from '@/lib/recaps/document';

/**
 * Limits for a recap document from the studio. A long recap is about 30,000 characters
 * of text and 100 KB of JSON; the limits leave room for that and refuse what no host
 * writes by hand.
 */
export const documentLimits = {
  /** Size of the document as UTF-8 JSON. */
  maxBytes: 200_000,
  /** Characters of text (text nodes) in the whole document. */
  maxTextLength: 50_000,
  /** Nesting depth, the doc itself being 1 (a list in a list in a quote is about 8). */
  maxDepth: 20,
  /** Nodes of any kind, text included. */
  maxNodes: 20_000,
  /** Marks on one node. */
  maxMarks: 10,
} as const;

export type ValidateDocumentResult = { ok: true; doc: RecapDocument } | { ok: false; error: string };

class DocumentProblem extends Error {}

let cachedSchema: Schema | null = null;
/** Built on first use: the same schema the editor and the static renderer use. */
export function recapSchema(): Schema {
  cachedSchema ??= getSchema(recapExtensions);
  return cachedSchema;
}

const nodeKeys = new Set(['type', 'attrs', 'content', 'text', 'marks']);
const markKeys = new Set(['type', 'attrs']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function checkAttrs(owner: string, attrs: unknown, allowed: Record<string, unknown>, rules: Record<string, AttrRule> | undefined): void {
  if (attrs === undefined) {
    // Missing attrs fall back to the schema defaults, which a rule may refuse (a mention without id).
    attrs = {};
  }
  if (!isPlainObject(attrs)) throw new DocumentProblem(`Die Eigenschaften von „${owner}“ sind ungültig.`);
  for (const key of Object.keys(attrs)) {
    if (!Object.hasOwn(allowed, key)) throw new DocumentProblem(`Unbekannte Eigenschaft „${key}“ bei „${owner}“.`);
  }
  for (const [key, rule] of Object.entries(rules ?? {})) {
    const problem = rule(Object.hasOwn(attrs, key) ? attrs[key] : (allowed[key] as { default?: unknown } | undefined)?.default);
    if (problem) throw new DocumentProblem(problem);
  }
  for (const value of Object.values(attrs)) {
    if (typeof value === 'string') {
      const problem = unstorableTextProblem(value);
      if (problem) throw new DocumentProblem(problem);
    }
  }
}

function checkMarks(schema: Schema, marks: unknown): void {
  if (marks === undefined) return;
  if (!Array.isArray(marks) || marks.length > documentLimits.maxMarks) throw new DocumentProblem('Die Formatierungen eines Textes sind ungültig.');
  for (const mark of marks) {
    if (!isPlainObject(mark) || typeof mark.type !== 'string') throw new DocumentProblem('Eine Formatierung ist ungültig.');
    for (const key of Object.keys(mark)) if (!markKeys.has(key)) throw new DocumentProblem(`Unbekanntes Feld „${key}“ in einer Formatierung.`);
    const markType = Object.hasOwn(schema.marks, mark.type) ? schema.marks[mark.type] : undefined;
    if (!markType) throw new DocumentProblem(`Unbekannte Formatierung „${mark.type}“.`);
    checkAttrs(mark.type, mark.attrs, markType.spec.attrs ?? {}, markAttrRules[mark.type]);
  }
}

/**
 * Walks the raw JSON without recursion, so a hostile 100,000-deep document costs 20 steps,
 * and refuses anything the schema, the attribute rules or the limits do not allow.
 */
function precheck(schema: Schema, input: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 1 }];
  let nodes = 0;
  let textLength = 0;
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { value, depth } = entry;
    if (depth > documentLimits.maxDepth) throw new DocumentProblem(`Das Dokument ist zu tief verschachtelt (höchstens ${documentLimits.maxDepth} Ebenen).`);
    nodes += 1;
    if (nodes > documentLimits.maxNodes) throw new DocumentProblem(`Das Dokument hat zu viele Bausteine (höchstens ${documentLimits.maxNodes}).`);
    if (!isPlainObject(value) || typeof value.type !== 'string') throw new DocumentProblem('Das Dokument enthält einen ungültigen Baustein.');
    for (const key of Object.keys(value)) if (!nodeKeys.has(key)) throw new DocumentProblem(`Unbekanntes Feld „${key}“ in einem Baustein.`);

    const { type } = value;
    const nodeType = Object.hasOwn(schema.nodes, type) ? schema.nodes[type] : undefined;
    if (!nodeType) throw new DocumentProblem(`Unbekannter Baustein „${type}“.`);
    if ((depth === 1) !== (type === 'doc')) throw new DocumentProblem('Ein Dokument beginnt mit „doc“ und enthält kein weiteres.');

    if (type === 'text') {
      if (typeof value.text !== 'string' || value.text.length === 0) throw new DocumentProblem('Ein Textbaustein enthält keinen Text.');
      textLength += value.text.length;
      if (textLength > documentLimits.maxTextLength) throw new DocumentProblem(`Das Recap ist zu lang (höchstens ${documentLimits.maxTextLength.toLocaleString('de-DE')} Zeichen).`);
      const problem = unstorableTextProblem(value.text);
      if (problem) throw new DocumentProblem(problem);
    } else if (value.text !== undefined) {
      throw new DocumentProblem(`„${type}“ darf keinen eigenen Text haben.`);
    }

    checkAttrs(type, value.attrs, nodeType.spec.attrs ?? {}, nodeAttrRules[type]);
    if (type === 'speakerQuote' && isPlainObject(value.attrs)) {
      const problem = speakerQuoteProblem(value.attrs);
      if (problem) throw new DocumentProblem(problem);
    }
    checkMarks(schema, value.marks);

    if (value.content !== undefined) {
      if (!Array.isArray(value.content)) throw new DocumentProblem(`Der Inhalt von „${type}“ ist ungültig.`);
      if (value.content.length > documentLimits.maxNodes) throw new DocumentProblem(`Das Dokument hat zu viele Bausteine (höchstens ${documentLimits.maxNodes}).`);
      for (const child of value.content) stack.push({ value: child, depth: depth + 1 });
    }
  }
}

/**
 * Checks a document from the studio against the editor's schema and the limits above.
 * On success `doc` is the normalised document (ProseMirror's own JSON, defaults filled in)
 * and is what should be stored; the input is never stored as is.
 */
export function validateDocument(input: unknown): ValidateDocumentResult {
  const schema = recapSchema();
  try {
    precheck(schema, input);
    // Depth is bounded now, so serialising cannot overflow the stack.
    const bytes = new TextEncoder().encode(JSON.stringify(input)).length;
    if (bytes > documentLimits.maxBytes) throw new DocumentProblem(`Das Dokument ist zu groß (höchstens ${documentLimits.maxBytes / 1000} KB).`);
  } catch (error) {
    if (error instanceof DocumentProblem) return { ok: false, error: error.message };
    throw error;
  }

  // The editor never sends an empty doc, but the importer writes one for blank text.
  const json = input as { type: 'doc'; content?: unknown[] };
  const normalisedInput = json.content && json.content.length > 0 ? json : { ...json, content: [{ type: 'paragraph' }] };
  let node: ProseMirrorNode;
  try {
    node = ProseMirrorNode.fromJSON(schema, normalisedInput);
    node.check();
  } catch {
    // ProseMirror's messages are English and technical; the precheck has already named
    // every unknown type, so what is left is structure (a list item outside a list, …).
    return { ok: false, error: 'Der Aufbau des Dokuments ist ungültig (z. B. ein Listeneintrag außerhalb einer Liste oder eine Formatierung an einer unerlaubten Stelle).' };
  }
  return { ok: true, doc: node.toJSON() as RecapDocument };
}
