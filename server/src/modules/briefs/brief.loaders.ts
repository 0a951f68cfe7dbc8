import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../app/context.js';
import { User } from '../users/user.entity.js';
import { BriefUser } from './brief-user.entity.js';
import { BriefClarificationQuestion } from './clarification-question.entity.js';

/** Published questions and answers of many briefs, oldest first. */
export const clarificationQuestionsByBrief: LoaderFactory<number, BriefClarificationQuestion[]> = (em) =>
  new DataLoader(async (ids) => {
    const rows = await em.find(BriefClarificationQuestion, { brief: { $in: [...ids] } }, { orderBy: { publishedAt: 'asc', id: 'asc' } });
    return ids.map((id) => rows.filter((r) => r.brief.id === id));
  });

/** The buyers who own each of many briefs. */
export const ownersByBrief: LoaderFactory<number, User[]> = (em) =>
  new DataLoader(async (ids) => {
    const links = await em.find(BriefUser, { brief: { $in: [...ids] } });
    const users = new Map((await em.find(User, { id: { $in: [...new Set(links.map((l) => l.user.id))] } })).map((u) => [u.id, u]));
    return ids.map((id) => links.filter((l) => l.brief.id === id).map((l) => users.get(l.user.id)!));
  });
