import { FrameworkStatus } from './framework.entity.js';

/** Clarification questions may only be open before applications are assessed. */
export const CLARIFICATIONS_ALLOWED: readonly FrameworkStatus[] = [FrameworkStatus.COMING, FrameworkStatus.OPEN, FrameworkStatus.PENDING];

/** The date each status change stamps with "now" when it happens (dm-api §3.5). */
export const STATUS_TIMESTAMP: Partial<Record<FrameworkStatus, 'applicationsCloseAt' | 'liveAt' | 'expiresAt'>> = {
  [FrameworkStatus.PENDING]: 'applicationsCloseAt',
  [FrameworkStatus.LIVE]: 'liveAt',
  [FrameworkStatus.EXPIRED]: 'expiresAt',
};

/** What each status lets suppliers and buyers do; other modules gate their actions on these. */
export const acceptsApplications = (status: FrameworkStatus): boolean => status === FrameworkStatus.OPEN;
export const isBuyable = (status: FrameworkStatus): boolean => status === FrameworkStatus.LIVE;
