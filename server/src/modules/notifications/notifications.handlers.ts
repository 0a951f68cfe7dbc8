import type { DomainEvent, EventHandler, HandlerContext } from '../../app/events.js';
import { queueEmail, type EmailToQueue } from './notifications.service.js';

/**
 * An event handler whose effect is emails. `compose` reads what it needs (the event, and the
 * database as it is now) and returns the emails one event causes; they are queued in the
 * dispatcher's transaction, which also moves the handler's position, so an event redelivered after
 * a crash never queues its emails twice. Delivery is the `email.send` job (idempotent per email).
 */
export function emailHandler(name: string, types: readonly string[], compose: (event: DomainEvent, ctx: HandlerContext) => Promise<EmailToQueue[]> | EmailToQueue[]): EventHandler {
  return {
    name,
    types,
    batchSize: 50,
    async handle(events, ctx) {
      for (const event of events) {
        for (const email of await compose(event, ctx)) {
          const queued = await queueEmail(ctx.em, ctx.jobs, ctx.clock.now(), email);
          if (!queued) ctx.logger.warn({ eventId: event.id, template: email.template }, 'email not queued: its address cannot be delivered to');
        }
      }
    },
  };
}
