// Signing an application with a one-time code sent by SMS (seed 004): the code goes to the phone on
// the applicant's account through the outbox (an SMS gateway delivers it when one is configured), only
// its hash is stored, it expires after 10 minutes and allows 5 attempts. One code is live at a time (a
// new one supersedes the last) and at most 5 are sent a day (`signingCodeAllowance`). A correct code
// records what was signed (the application's content hash), by whom, when and how, and registers the
// application.
import { createTranslator } from '@citydesk/i18n';
import { signingCodeAllowance, signingCodeLimits, type Locale } from '@citydesk/domain';
import { invalidInput, notAllowed, notFound } from '../../errors.ts';
import {
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  codeTooSoon,
  hashOneTimeCode,
  newSixDigitCode,
  oneTimeCodeMatches,
} from '../auth/one-time-code.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from '../requests/record-event.ts';
import type { ApplicationWithRelations } from './application-shape.ts';
import { findEServiceById } from './e-service.ts';
import { getApplication } from './list-applications.ts';
import { maskPhone } from './mask-phone.ts';
import { registerApplication } from './register-application.ts';
import { assertCan } from '../authorization/assert-can.ts';

async function ownSubmittedApplication(deps: ServiceDeps, actor: Actor, requestId: string) {
  assertCan(actor, 'application:sign');
  if (!isUuid(requestId)) throw notFound();
  const request = await deps.db.request.findFirst({
    where: { id: requestId, kind: 'E_SERVICE', residentId: actor.userId },
    include: { application: true, city: true, resident: true },
  });
  if (!request?.application || !request.resident) throw notFound();
  const service = await findEServiceById(deps.db, request.categoryId);
  if (!service || service.spec.signing !== 'ONE_TIME_CODE' || request.status !== 'SUBMITTED')
    throw notAllowed();
  return { request, application: request.application, resident: request.resident, service };
}

export async function requestSigningCode(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string },
): Promise<{ sentTo: string; expiresAt: Date }> {
  const { request, resident } = await ownSubmittedApplication(deps, actor, input.requestId);
  if (!resident.phone) throw invalidInput([{ field: 'phone', code: 'required' }]);
  const now = deps.clock();
  const code = newSixDigitCode();
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  const { t } = createTranslator(resident.locale as Locale);
  await deps.db.$transaction(async (tx) => {
    // A conditional write on the application, still unsigned, takes its row lock: concurrent requests
    // for a code take turns, so each sees the codes the others sent and the limits hold.
    const { count } = await tx.request.updateMany({
      where: { id: request.id, status: 'SUBMITTED', residentId: actor.userId },
      data: { updatedAt: now },
    });
    if (count === 0) throw notAllowed();
    const sent = await tx.oneTimeCode.findMany({
      where: {
        requestId: request.id,
        createdAt: { gt: new Date(now.getTime() - signingCodeLimits.windowMs) },
      },
      select: { createdAt: true },
    });
    const allowance = signingCodeAllowance(
      sent.map((c) => c.createdAt),
      now,
    );
    if (!allowance.ok) throw codeTooSoon(allowance, now, request.city.timeZone);
    // The new code supersedes the live one in the same transaction (the partial unique index
    // one_time_code_live_key would refuse a second live code anyway).
    await tx.oneTimeCode.updateMany({
      where: { requestId: request.id, consumedAt: null, supersededAt: null },
      data: { supersededAt: now },
    });
    await tx.oneTimeCode.create({
      data: {
        requestId: request.id,
        userId: resident.id,
        codeHash: hashOneTimeCode(request.id, code),
        createdAt: now,
        expiresAt,
      },
    });
    await tx.notification.create({
      data: {
        recipientId: resident.id,
        channel: 'SMS',
        template: 'signing.code',
        locale: resident.locale,
        subject: t('signing.smsSubject'),
        body: t('signing.smsText', { code, number: request.number }),
        payload: { requestId: request.id, requestNumber: request.number },
        createdAt: now,
      },
    });
  });
  return { sentTo: maskPhone(resident.phone), expiresAt };
}

export async function signApplication(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; code: string },
): Promise<ApplicationWithRelations> {
  const { request, application, resident, service } = await ownSubmittedApplication(
    deps,
    actor,
    input.requestId,
  );
  const now = deps.clock();
  const latest = await deps.db.oneTimeCode.findFirst({
    where: { requestId: request.id, userId: actor.userId, consumedAt: null, supersededAt: null },
  });
  if (!latest || latest.expiresAt <= now) throw invalidInput([{ field: 'code', code: 'code_expired' }]);
  // Count the attempt before comparing, in its own write, so a wrong guess is never rolled back. The
  // write is conditional, so concurrent guesses cannot get past the limit between a read and the count.
  const { count: counted } = await deps.db.oneTimeCode.updateMany({
    where: { id: latest.id, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (counted === 0) throw invalidInput([{ field: 'code', code: 'too_many_attempts' }]);
  if (!oneTimeCodeMatches(latest.codeHash, request.id, input.code))
    throw invalidInput([{ field: 'code', code: 'code_invalid' }]);

  await transact(deps, async (tx, emit) => {
    const { count } = await tx.oneTimeCode.updateMany({
      where: { id: latest.id, consumedAt: null, supersededAt: null },
      data: { consumedAt: now },
    });
    if (count === 0) throw invalidInput([{ field: 'code', code: 'code_expired' }]);
    const sentTo = maskPhone(resident.phone ?? '');
    await tx.signature.create({
      data: {
        requestId: request.id,
        signerId: actor.userId,
        method: 'ONE_TIME_CODE',
        contentHash: application.contentHash,
        sentTo,
        signedAt: now,
      },
    });
    emit(
      await recordRequestEvent(tx, {
        request,
        type: 'SIGNED',
        actor,
        data: { method: 'ONE_TIME_CODE', contentHash: application.contentHash, sentTo },
        at: now,
      }),
    );
    await registerApplication(tx, emit, now, {
      requestId: request.id,
      city: request.city,
      service,
      filedAt: request.createdAt,
    });
  });
  return (await getApplication(deps, actor, request.id))!;
}
