import { registerEnumType } from 'type-graphql';
import type { DirectAwardProject } from './project.entity.js';

export enum DirectAwardStage {
  SEARCHING = 'searching',
  SEARCH_ENDED = 'search-ended',
  DOWNLOADED = 'downloaded',
  ASSESSING = 'assessing',
  OUTCOME_RECORDED = 'outcome-recorded',
}
registerEnumType(DirectAwardStage, { name: 'DirectAwardStage', description: 'saved → ended (results frozen) → downloaded → assessing → outcome.' });

/** Where a project is, first match wins; whether its outcome is recorded is the outcomes module's to say. */
export function directAwardStage(project: Pick<DirectAwardProject, 'lockedAt' | 'downloadedAt' | 'readyToAssessAt'>, outcomeRecorded: boolean): DirectAwardStage {
  if (outcomeRecorded) return DirectAwardStage.OUTCOME_RECORDED;
  if (project.readyToAssessAt) return DirectAwardStage.ASSESSING;
  if (project.downloadedAt) return DirectAwardStage.DOWNLOADED;
  if (project.lockedAt) return DirectAwardStage.SEARCH_ENDED;
  return DirectAwardStage.SEARCHING;
}
