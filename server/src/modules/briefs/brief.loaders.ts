import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { findPlain } from '../../shared/plain-rows.js';
import { User } from '../users/user.entity.js';
import { BriefResponse } from './brief-response.entity.js';
import { Brief } from './brief.entity.js';
import { BriefUser } from './brief-user.entity.js';
import { BriefClarificationQuestion } from './clarification-question.entity.js';

/** Published questions and answers of many briefs, oldest first. */
export const clarificationQuestionsByBrief: LoaderFactory<number, BriefClarificationQuestion[]> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await findPlain(em, BriefClarificationQuestion, 'e.brief_id in (?)', [[...ids]], 'e.published_at, e.id');
    return ids.map((id) => rows.filter((r) => r.brief.id === id));
  });

/** The buyers who own each of many briefs. */
export const ownersByBrief: LoaderFactory<number, User[]> = (em) =>
  new DataLoader(async (ids) => {
    const links = await em.find(BriefUser, { brief: { $in: [...ids] } });
    const users = new Map((await em.find(User, { id: { $in: [...new Set(links.map((l) => l.user.id))] } })).map((u) => [u.id, u]));
    return ids.map((id) => links.filter((l) => l.brief.id === id).map((l) => users.get(l.user.id)!));
  });

/** Which of many briefs have an awarded response (their status is then "awarded" once closed). */
export const hasAwardedResponse: LoaderFactory<number, boolean> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(BriefResponse, { brief: { $in: [...ids] }, awardedAt: { $ne: null } }, { fields: ['brief'] });
    const awarded = new Set(rows.map((r) => r.brief.id));
    return ids.map((id) => awarded.has(id));
  });

/** Submitted responses per brief (the opportunities list shows how many suppliers applied). */
export const responseCountByBrief: LoaderFactory<number, number> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.execute<Array<{ brief_id: number; n: string }>>(
      `select brief_id, count(*) as n from brief_responses where brief_id in (${ids.map(() => '?').join(', ')}) and submitted_at is not null group by brief_id`,
      [...ids],
    );
    const counts = new Map(rows.map((r) => [Number(r.brief_id), Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

/** Briefs by id (the brief of each of many responses). */
export const briefById: LoaderFactory<number, Brief | undefined> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(Brief, { id: { $in: [...ids] } });
    return ids.map((id) => rows.find((b) => b.id === id));
  });
