import type { TransactionHandler } from '../../app/events.js';
import { AuditType } from '../audit/audit.types.js';
import { Service } from './service.entity.js';

/**
 * Deleting a draft that was copied from a service lets that service be copied again (dm-api §5.6).
 * The applications module records the deletion with the service id; the flag is the services
 * module's, so it clears it here, in the deleting transaction: the service is offered for copying
 * again as soon as the deletion is answered.
 */
export const releaseCopiedService: TransactionHandler = {
  name: 'services.release-copied-service',
  types: [AuditType.DELETE_DRAFT_SERVICE],
  async apply(em, event) {
    const serviceId = event.data.copiedFromServiceId;
    const supplierId = Number(event.data.supplierId);
    if (typeof serviceId !== 'string' || !Number.isInteger(supplierId)) return;
    await em.nativeUpdate(Service, { serviceId, supplier: supplierId, copiedToFollowingFramework: true }, { copiedToFollowingFramework: false });
  },
};
