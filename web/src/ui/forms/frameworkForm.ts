import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { FormName, FrameworkFormQuery } from '../gql/graphql';

/**
 * A form of the service as the framework content defines it: its sections, the pages they are
 * edited on, and every question with what the renderer needs. Questions are not normalised in the
 * cache (their ids are answer keys, repeated across forms and even within one): see the client's
 * type policies.
 */
export const FrameworkFormDocument = graphql(`
  query FrameworkForm($name: FormName!, $frameworkSlug: String!, $lotSlug: String) {
    form(name: $name, frameworkSlug: $frameworkSlug, lotSlug: $lotSlug) {
      name
      frameworkSlug
      lotSlug
      sections {
        name
        slug
        description
        summaryPageDescription
        editable
        prefill
        step
        questionIds
        pages {
          slug
          questionIds
        }
      }
      questions {
        id
        type
        question
        name
        hint
        questionAdvice
        optional
        options {
          label
          value
          description
          parentValue
        }
        followup
        depends {
          on
          being
        }
        limits {
          maxLength
          maxWords
          minValue
          maxValue
          integerOnly
          maxItems
          format
        }
        unit
        unitPosition
        fields
        optionalFields
        decimalPlaceRestriction
        dynamicField
        anyOf
        validations {
          name
          message
          field
        }
        parentId
        childIds
        upload {
          kinds
          maxBytes
          sizeMessage
          typeMessage
        }
      }
    }
  }
`);

export type { FormName };
export type FrameworkForm = FrameworkFormQuery['form'];
export type FormQuestion = FrameworkForm['questions'][number];
export type FormSection = FrameworkForm['sections'][number];

/** A form of a framework (and lot: every form but the declaration has one), from the API. */
export function useFrameworkForm(name: FormName, framework: string, lot?: string | null) {
  const { data, error, loading } = useQuery(FrameworkFormDocument, { variables: { name, frameworkSlug: framework, lotSlug: lot ?? null } });
  return { form: data?.form, error, loading };
}
