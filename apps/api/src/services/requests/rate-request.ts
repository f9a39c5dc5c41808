// After closing, the resident may rate the work once (1–5) with an optional comment.
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { AppError, invalidInput, notAllowed, notFound } from '../../errors.ts';
import { recordRequestEvent } from './record-event.ts';
import { requestInclude } from './request-shape.ts';
import { requestsVisibleTo } from './visibility.ts';
import { assertCan } from '../authorization/assert-can.ts';

export async function rateRequest(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; rating: number; comment?: string | null },
) {
  assertCan(actor, 'request:rate');
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
    throw invalidInput([{ field: 'rating', code: 'invalid_choice' }]);
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > 2000) throw invalidInput([{ field: 'comment', code: 'too_long' }]);
  return transact(deps, async (tx, emit) => {
    const request = await tx.request.findFirst({
      where: { id: input.requestId, ...requestsVisibleTo(actor) },
    });
    if (!request) throw notFound();
    if (request.status !== 'CLOSED') throw notAllowed();
    // Rated once: the condition `rating IS NULL` makes a second rating a no-op we refuse.
    const { count } = await tx.request.updateMany({
      where: { id: request.id, status: 'CLOSED', rating: null },
      data: { rating: input.rating, ratingComment: comment, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('NOT_ALLOWED');
    const updated = await tx.request.findUniqueOrThrow({
      where: { id: request.id },
      include: requestInclude,
    });
    emit(
      await recordRequestEvent(tx, {
        request: updated,
        type: 'RATED',
        actor,
        comment,
        data: { rating: input.rating },
        at: deps.clock(),
      }),
    );
    return updated;
  });
}
