import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { DirectAwardProject, DirectAwardProjectUser } from './project.entity.js';

/**
 * Who may see or change which project. The roles that may call an operation at all are its
 * resolver's `@Authorized` gate (buyers); past it, a project belongs to its members only, and anyone
 * else's is NOT_FOUND, so that nobody learns what exists.
 */
export const isProjectMember = async (em: EntityManager, projectId: number, userId: number): Promise<boolean> =>
  Boolean(await em.findOne(DirectAwardProjectUser, { project: projectId, user: userId }));

/** A project the viewer is a member of (locked for a change when `lock`); anyone else's is "not found". */
export async function memberProject(em: EntityManager, viewer: Viewer, externalId: string, lock = false): Promise<DirectAwardProject> {
  const project = await em.findOne(DirectAwardProject, { externalId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!project || !(await isProjectMember(em, project.id, viewer.id))) throw notFound(`Project ${externalId}`);
  return project;
}
