// A resident applies for an e-service from the cabinet: the answers are checked against the service's
// form (the same schema the web form uses), the premises must be the resident's own.
import { validateAnswers, type Answers, type ServiceSpec } from '@citydesk/domain';
import { invalidInput, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { isConfirmedEmail } from '../contacts/confirm-contact.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import {
  runIdempotently,
  type IdempotencyClaim,
  type IdempotencyKey,
} from '../idempotency/run-idempotently.ts';
import type { ApplicationDocumentsInput } from './application-documents.ts';
import type { ApplicationWithRelations } from './application-shape.ts';
import { createApplication, type ApplicationCity } from './create-application.ts';
import { findEService } from './e-service.ts';
import { getApplication } from './list-applications.ts';
import { assertCan } from '../authorization/assert-can.ts';

export interface SubmitApplicationInput {
  serviceCode: string;
  /** The resident's premises the application is about (services about premises). */
  premisesId?: string | null;
  /** Answers keyed by the form's field names. */
  answers: unknown;
  /** Uploads of kind DOCUMENT, per document requirement. */
  documents?: ApplicationDocumentsInput[];
}

/** Validates answers against the service's form; issues are reported as `answers.<field>`. */
export function checkedAnswers(spec: ServiceSpec, answers: unknown): Answers {
  const checked = validateAnswers(spec.steps, answers);
  if (!checked.ok) throw invalidInput(checked.issues.map((i) => ({ ...i, field: `answers.${i.field}` })));
  return checked.value;
}

const textAnswer = (answers: Answers, name: string) =>
  typeof answers[name] === 'string' ? (answers[name] as string) : null;

/** With an idempotency key, a repeated submission returns the application the first one created. */
export async function submitApplication(
  deps: ServiceDeps,
  actor: Actor,
  input: SubmitApplicationInput,
  idempotency: IdempotencyKey | null = null,
): Promise<ApplicationWithRelations> {
  assertCan(actor, 'application:submit');
  const id = await runIdempotently(
    deps,
    idempotency,
    { operation: 'submitApplication', input },
    { run: (claim) => submitApplicationOnce(deps, actor, input, claim), replay: async (id) => id },
  );
  return (await getApplication(deps, actor, id))!;
}

async function submitApplicationOnce(
  deps: ServiceDeps,
  actor: Actor,
  input: SubmitApplicationInput,
  claim: IdempotencyClaim | null,
): Promise<string> {
  const service = await findEService(deps.db, input.serviceCode);
  if (!service) throw notFound();
  const answers = checkedAnswers(service.spec, input.answers);

  const homes = await deps.db.occupancy.findMany({
    where: { userId: actor.userId },
    include: {
      premises: { include: { building: { include: { district: { include: { city: true } } } } } },
    },
  });
  let place: { buildingId: string; premisesId: string; districtId: string } | null = null;
  let city: ApplicationCity | undefined = homes[0]?.premises.building.district.city;
  if (service.spec.subject === 'PREMISES') {
    if (!input.premisesId) throw invalidInput([{ field: 'premisesId', code: 'required' }]);
    const home = isUuid(input.premisesId) ? homes.find((h) => h.premisesId === input.premisesId) : undefined;
    if (!home) throw notFound();
    const building = home.premises.building;
    place = { buildingId: building.id, premisesId: home.premisesId, districtId: building.districtId };
    city = building.district.city;
  }
  city ??= await deps.db.city.findFirstOrThrow({
    where: { organizations: { some: { providedServices: { some: { categoryId: service.row.id } } } } },
  });
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  // The application's notices go to the e-mail it gives: one not the account's must have been confirmed.
  const email = textAnswer(answers, 'email')?.toLowerCase() ?? null;
  if (email !== null && !(await isConfirmedEmail(deps.db, user, email)))
    throw invalidInput([{ field: 'answers.email', code: 'email_unconfirmed' }]);
  const applicationCity = city;

  return transact(deps, async (tx, emit) => {
    const id = await createApplication(
      tx,
      emit,
      actor,
      {
        service,
        city: applicationCity,
        answers,
        documents: input.documents ?? [],
        place,
        residentId: actor.userId,
        applicantName: user.displayName,
        applicantEmail: email ?? user.email,
        contactPhone: textAnswer(answers, 'phone') ?? user.phone ?? '',
        channel: 'WEB',
        intakeOrganizationId: null,
      },
      deps.clock(),
    );
    await claim?.complete(tx, id);
    return id;
  });
}
