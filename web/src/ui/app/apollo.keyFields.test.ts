import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, TypeInfo, buildSchema, getNamedType, visit, visitWithTypeInfo, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../gql/graphql';

// The cache keys some types by fields other than `id` (apollo.ts typePolicies). A query that selects
// such a type without its key fields cannot be written to the cache: Apollo fails the whole query,
// and the page shows "Sorry, there is a problem with the service". Checked here for every document.
const KEY_FIELDS: Record<string, string[]> = { Framework: ['slug'] };

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8'));
const documents = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => (entry[1] as { kind?: unknown } | null)?.kind === Kind.DOCUMENT);

/** The fields a selection set asks for, through inline fragments and fragment spreads. */
function fieldsOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) names.add(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, fragments, seen).forEach((n) => names.add(n));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      if (fragment) fieldsOf(fragment.selectionSet, fragments, seen).forEach((n) => names.add(n));
    }
  }
  return names;
}

/** Where a document selects a keyed type without its key fields ("ApplicationOutcome: framework lacks slug"). */
function missingKeys(name: string, doc: DocumentNode): string[] {
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const typeInfo = new TypeInfo(schema);
  const problems: string[] = [];
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        const keys = type ? KEY_FIELDS[getNamedType(type).name] : undefined;
        if (!keys || !node.selectionSet) return;
        const selected = fieldsOf(node.selectionSet, fragments);
        for (const key of keys) if (!selected.has(key)) problems.push(`${name}: ${node.name.value} lacks ${key}`);
      },
    }),
  );
  return problems;
}

describe('the documents of the app', () => {
  it('are found (the check below looks at something)', () => {
    expect(documents.length).toBeGreaterThan(20);
  });

  it('select the key fields of every type the cache keys by them', () => {
    expect(documents.flatMap(([name, doc]) => missingKeys(name, doc))).toEqual([]);
  });

  it('would catch a framework selected without its slug', () => {
    const doc = { kind: Kind.DOCUMENT, definitions: [] } as unknown as DocumentNode;
    expect(missingKeys('Empty', doc)).toEqual([]);
    const bad = documents.find(([n]) => n === 'ApplicationOutcomeDocument')![1];
    const stripped = visit(bad, { Field: (f) => (f.name.value === 'slug' ? null : undefined) });
    expect(missingKeys('ApplicationOutcome', stripped)).toContain('ApplicationOutcome: framework lacks slug');
  });
});
