import { describe, expect, it } from 'vitest';
import { declarationHref, linksToDeclaration } from './declarations';

describe('declarations (AD10)', () => {
  it('links to a begun declaration once applications have closed', () => {
    expect(linksToDeclaration({ status: 'LIVE' }, 'COMPLETE')).toBe(true);
    expect(linksToDeclaration({ status: 'EXPIRED' }, 'STARTED')).toBe(true);
    expect(linksToDeclaration({ status: 'PENDING' }, 'UNSTARTED')).toBe(false);
    expect(linksToDeclaration({ status: 'OPEN' }, 'COMPLETE')).toBe(false);
    expect(linksToDeclaration({ status: 'COMING' }, 'COMPLETE')).toBe(false);
  });

  it('addresses the declaration and its sections', () => {
    expect(declarationHref('700001', 'g-cloud-13')).toBe('/suppliers/700001/declarations/g-cloud-13');
    expect(declarationHref('700001', 'g-cloud-13', 'grounds-for-mandatory-exclusion')).toBe('/suppliers/700001/declarations/g-cloud-13/grounds-for-mandatory-exclusion');
  });
});
