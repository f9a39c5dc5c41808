// What approving a meter application does to the register, in the approving transaction (seed 003):
//   registration    — the meter goes on the register, sealed or waiting for its seal;
//   replacement     — the old meter is retired with its final reading, the new one registered in its place;
//   re-verification — the meter gets its new verification date and so a new due date, and waits for a seal
//                     again if it was dismantled for the verification and not sealed again.
// Each returns the facts its document states; what it changed is kept on the application's decision, so
// declaring the application invalid later (annulMeterOutcome) can put the register back.
import {
  statusAfterReverification,
  type DocumentFact,
  type LocalizedText,
  type MeterOutcome,
  type MeterStatus,
} from '@citydesk/domain';
import type { Messages } from '@citydesk/i18n';
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import { isUniqueViolation } from '../../infra/db/unique-violation.ts';
import { localizedMessage } from '../documents/localized-message.ts';
import { fact } from '../applications/outcome-facts.ts';
import { sealingDone } from './activate-sealed-meter.ts';
import { answeredKind, lockNamedMeter, serialTaken } from './meter-applications.ts';
import { dateOnly, dateValue, verificationColumns } from './verification-interval.ts';

type Answers = Readonly<Record<string, unknown>>;

export interface MeterOutcomeInput {
  outcome: MeterOutcome;
  request: { id: string; premisesId: string | null; meterId: string | null; cityId: string };
  answers: Answers;
  today: string;
  now: Date;
}

/** What an approval changed on the register, kept on the application's decision as `meter`. */
type RegisterChange =
  | { replaced: { id: string; status: MeterStatus } }
  | {
      reverified: {
        id: string;
        verifiedOn: string;
        verificationDueOn: string;
        status: MeterStatus;
        sealNumber: string | null;
      };
    };

const registerFact = (key: keyof Messages['meterRegister']['facts'], value: DocumentFact['value']) => ({
  label: localizedMessage((m) => m.meterRegister.facts[key]),
  value,
});
const textAnswer = (answers: Answers, name: string) =>
  typeof answers[name] === 'string' && answers[name].trim() !== '' ? answers[name].trim() : null;
// Decimal answers are numbers once validated; older ones were stored as text ("12,5").
const decimalAnswer = (answers: Answers, name: string) => String(answers[name]).replace(',', '.');

function sealFact(sealNumber: string | null): DocumentFact {
  return sealNumber
    ? fact('sealNumber', { text: sealNumber })
    : fact('sealNumber', { localized: localizedMessage((m) => m.documents.outcome.facts.awaitingSeal) });
}

/** Puts the application's new meter on the register; its serial number must still be free. */
async function registerNewMeter(tx: Tx, input: MeterOutcomeInput) {
  const { answers, request } = input;
  const kind = answeredKind(answers);
  const serialNumber = textAnswer(answers, 'serialNumber')!;
  if (await serialTaken(tx, kind, serialNumber))
    throw new AppError('METER_ALREADY_REGISTERED', { params: { serial: serialNumber } });
  const sealNumber = textAnswer(answers, 'sealNumber');
  const dates = await verificationColumns(tx, request.cityId, kind, String(answers.verificationDate));
  const data: Prisma.MeterUncheckedCreateInput = {
    premisesId: request.premisesId!,
    kind,
    serialNumber,
    sealNumber,
    status: sealNumber || (await sealingDone(tx, request.id)) ? 'ACTIVE' : 'AWAITING_SEAL',
    ...dates,
    initialReading: decimalAnswer(answers, 'initialReading'),
    registeredAt: input.now,
    requestId: request.id,
  };
  // Two applications for one serial approved at once: the second meets the unique key.
  const meter = await tx.meter.create({ data }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw new AppError('METER_ALREADY_REGISTERED', { params: { serial: serialNumber } });
    throw error;
  });
  const facts: DocumentFact[] = [
    fact('meterKind', { localized: localizedMessage((m) => m.meters.kinds[kind]) }),
    fact('serialNumber', { text: serialNumber }),
    sealFact(sealNumber),
    fact('verificationDate', { date: dateOnly(meter.verifiedOn) }),
    registerFact('verificationDueOn', { date: dateOnly(meter.verificationDueOn) }),
  ];
  return { meter, facts };
}

const titles: Record<MeterOutcome, (m: Messages) => string> = {
  METER_REGISTRATION: (m) => m.documents.outcome.titles.METER_REGISTRATION,
  METER_REPLACEMENT: (m) => m.documents.outcome.titles.METER_REPLACEMENT,
  METER_REVERIFICATION: (m) => m.documents.outcome.titles.METER_REVERIFICATION,
};

export async function issueMeterOutcome(
  tx: Tx,
  input: MeterOutcomeInput,
): Promise<{ title: LocalizedText; facts: DocumentFact[]; change: RegisterChange | null }> {
  const title = localizedMessage(titles[input.outcome]);
  const { answers } = input;
  switch (input.outcome) {
    case 'METER_REGISTRATION': {
      const { facts } = await registerNewMeter(tx, input);
      return { title, facts, change: null };
    }
    case 'METER_REPLACEMENT': {
      const old = await lockNamedMeter(tx, { ...input, meterId: input.request.meterId });
      const finalReading = decimalAnswer(answers, 'finalReading');
      await tx.meter.update({
        where: { id: old.id },
        data: { status: 'RETIRED', retiredAt: input.now, finalReading },
      });
      const { meter, facts } = await registerNewMeter(tx, input);
      facts.splice(
        1,
        0,
        registerFact('oldSerialNumber', { text: old.serialNumber }),
        registerFact('finalReading', { number: Number(finalReading) }),
      );
      facts.push(registerFact('initialReading', { number: Number(meter.initialReading) }));
      return { title, facts, change: { replaced: { id: old.id, status: old.status } } };
    }
    case 'METER_REVERIFICATION': {
      const meter = await lockNamedMeter(tx, { ...input, meterId: input.request.meterId });
      const newSealNumber = textAnswer(answers, 'sealNumber');
      const removed = answers.removedForVerification === true;
      const status = statusAfterReverification({
        current: meter.status,
        removed,
        newSealNumber,
        sealingDone: await sealingDone(tx, input.request.id),
      });
      const dates = await verificationColumns(
        tx,
        input.request.cityId,
        meter.kind,
        String(answers.verificationDate),
      );
      // Dismantled for the verification, the meter lost its old seal; a new one replaces it.
      const sealNumber = newSealNumber ?? (removed ? null : meter.sealNumber);
      await tx.meter.update({ where: { id: meter.id }, data: { ...dates, status, sealNumber } });
      const facts: DocumentFact[] = [
        fact('meterKind', { localized: localizedMessage((m) => m.meters.kinds[meter.kind]) }),
        fact('serialNumber', { text: meter.serialNumber }),
        fact('verificationDate', { date: dateOnly(dates.verifiedOn) }),
        registerFact('verificationDueOn', { date: dateOnly(dates.verificationDueOn) }),
        sealFact(status === 'AWAITING_SEAL' ? null : sealNumber),
      ];
      const reverified = {
        id: meter.id,
        verifiedOn: dateOnly(meter.verifiedOn),
        verificationDueOn: dateOnly(meter.verificationDueOn),
        status: meter.status,
        sealNumber: meter.sealNumber,
      };
      return { title, facts, change: { reverified } };
    }
  }
}

/**
 * Takes back what an approval did to the register: the meter it registered is retired; a meter it retired
 * (replacement) is back in the state it was in; a re-verification's meter gets its earlier dates back, unless
 * a later verification has been recorded since. Writes nothing for an application that changed nothing.
 */
export async function annulMeterOutcome(tx: Tx, input: { requestId: string; now: Date }): Promise<void> {
  await tx.meter.updateMany({
    where: { requestId: input.requestId, status: { not: 'RETIRED' } },
    data: { status: 'RETIRED', retiredAt: input.now },
  });
  const application = await tx.application.findUnique({
    where: { requestId: input.requestId },
    select: { answers: true, decision: true },
  });
  const change = (application?.decision as { meter?: RegisterChange } | null)?.meter;
  if (!application || !change) return;
  if ('replaced' in change) {
    await tx.meter.updateMany({
      where: { id: change.replaced.id, status: 'RETIRED' },
      data: { status: change.replaced.status, retiredAt: null, finalReading: null },
    });
    return;
  }
  const before = change.reverified;
  const verifiedOn = String((application.answers as Answers).verificationDate);
  await tx.meter.updateMany({
    where: { id: before.id, verifiedOn: dateValue(verifiedOn), status: { not: 'RETIRED' } },
    data: {
      verifiedOn: dateValue(before.verifiedOn),
      verificationDueOn: dateValue(before.verificationDueOn),
      status: before.status,
      sealNumber: before.sealNumber,
    },
  });
}
