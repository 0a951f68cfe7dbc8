import { graphql } from '../../gql';
import type { FrameworkStatus, Role } from '../../gql/graphql';

/** Who views and corrects a supplier's declaration (dm-journeys §3: CCS sourcing). */
export const VIEWS_DECLARATIONS: readonly Role[] = ['ADMIN_CCS_SOURCING'];

/** The framework statuses in which a declaration is shown (AD10): after applications close. */
export const DECLARATION_VIEWABLE: readonly FrameworkStatus[] = ['PENDING', 'STANDSTILL', 'LIVE', 'EXPIRED'];

/** The statuses in which sourcing may still correct it (the API refuses the others with CONFLICT). */
export const DECLARATION_CORRECTABLE: readonly FrameworkStatus[] = ['PENDING', 'STANDSTILL', 'LIVE'];

export const declarationHref = (supplierId: string, frameworkSlug: string, section?: string) =>
  `/suppliers/${supplierId}/declarations/${frameworkSlug}${section ? `/${section}` : ''}`;

/** Whether the supplier page links to a framework's declaration: viewable status, and a declaration begun. */
export const linksToDeclaration = (framework: { status: FrameworkStatus }, declarationStatus: string) =>
  DECLARATION_VIEWABLE.includes(framework.status) && declarationStatus !== 'UNSTARTED';

export const AdminDeclarationDocument = graphql(`
  query AdminDeclaration($frameworkSlug: String!, $supplierId: ID!) {
    supplier(id: $supplierId) {
      id
      name
    }
    frameworkApplication(frameworkSlug: $frameworkSlug, supplierId: $supplierId) {
      id
      declarationStatus
      declaration
      framework {
        id
        slug
        name
        status
      }
    }
  }
`);

export const CorrectDeclarationAnswersDocument = graphql(`
  mutation CorrectDeclarationAnswers($frameworkSlug: String!, $supplierId: ID!, $answers: JSONObject!) {
    correctDeclarationAnswers(frameworkSlug: $frameworkSlug, supplierId: $supplierId, answers: $answers) {
      id
      declarationStatus
      declaration
    }
  }
`);
