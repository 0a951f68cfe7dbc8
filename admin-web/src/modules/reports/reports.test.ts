import { describe, expect, it } from 'vitest';
import { fileOf, hasResearchParticipants, hasSupplierLists } from './reports';

describe('AD13 reports', () => {
  it('lists supplier lists for every framework suppliers could apply to', () => {
    expect(hasSupplierLists('COMING')).toBe(false);
    expect(hasSupplierLists('OPEN')).toBe(true);
    expect(hasSupplierLists('EXPIRED')).toBe(true);
  });

  it('lists user research participants except for coming frameworks and expired G-Cloud ones', () => {
    expect(hasResearchParticipants({ status: 'LIVE', family: 'G_CLOUD' })).toBe(true);
    expect(hasResearchParticipants({ status: 'EXPIRED', family: 'G_CLOUD' })).toBe(false);
    expect(hasResearchParticipants({ status: 'EXPIRED', family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS' })).toBe(true);
    expect(hasResearchParticipants({ status: 'COMING', family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS' })).toBe(false);
  });

  it('finds the file in a report query’s answer', () => {
    const file = { filename: 'a.csv', contentType: 'text/csv', base64: 'YQ==' };
    expect(fileOf({ __typename: 'Query', buyersReport: file })).toBe(file);
  });
});
