import { describe, expect, it } from 'vitest';
import { KINDS, checkFile, hasCommunications, scanTag } from './communications';

const [communication, answers] = KINDS as [(typeof KINDS)[number], (typeof KINDS)[number]];
const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe('framework communications (AD12)', () => {
  it('takes Open Document and CSV files as communications, and PDFs only as clarification answers', () => {
    expect(checkFile(communication, file('timetable.ods'))).toEqual({});
    expect(checkFile(communication, file('Timetable.CSV'))).toEqual({});
    expect(checkFile(communication, file('notice.pdf'))).toEqual({ communication: 'The communication must be an Open Document Format file (eg .odt, .ods) or a CSV file.' });
    expect(checkFile(answers, file('answers.pdf'))).toEqual({});
    expect(checkFile(answers, file('answers.odt'))).toEqual({ clarificationAnswers: 'Clarification answers must be a PDF file.' });
  });

  it('asks for a file, and one smaller than 5MB', () => {
    expect(checkFile(communication, null)).toEqual({ communication: 'Select a communication to upload' });
    expect(checkFile(answers, undefined)).toEqual({ clarificationAnswers: 'Select a clarification answers file to upload' });
    expect(checkFile(answers, file('big.pdf', 5 * 1024 * 1024 + 1))).toEqual({ clarificationAnswers: 'The file must be smaller than 5MB.' });
  });

  it('says where each file’s virus scan has got to', () => {
    expect(scanTag('PENDING').text).toBe('Waiting for virus scan');
    expect(scanTag('CLEAN').text).toBe('Published');
    expect(scanTag('INFECTED').text).toBe('Virus found');
    expect(scanTag('FAILED').text).toBe('Could not be scanned');
  });

  it('lists every framework that has not expired', () => {
    expect(hasCommunications('COMING')).toBe(true);
    expect(hasCommunications('LIVE')).toBe(true);
    expect(hasCommunications('EXPIRED')).toBe(false);
  });
});
