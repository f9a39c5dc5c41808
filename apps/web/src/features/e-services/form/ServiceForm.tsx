import { validateAnswers, type Answers, type ServiceSpec } from '@citydesk/domain';
import { formatNumber, type Locale } from '@citydesk/i18n';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, validationMessage, type InputIssue } from '../../../lib/errors.ts';
import type { AttachmentKind } from '../../../lib/upload.ts';
import { Button, FormAlert } from '../../../ui/index.ts';
import { CheckAnswers } from './CheckAnswers.tsx';
import { DocumentUpload, type DocumentFiles } from './DocumentUpload.tsx';
import { initialValues, placeIssue, stepValues, type FormValues, type Prefill } from './form-values.ts';
import { localized } from './localized.ts';
import { QuestionStep } from './QuestionStep.tsx';
import './ServiceForm.css';

/** The files sent for one document requirement. */
export interface SubmittedDocument {
  kind: string;
  attachmentIds: string[];
}

export interface ServiceFormProps {
  spec: ServiceSpec;
  /** The service's name, shown above every page's heading. */
  serviceName: string;
  /** The language of the spec's texts and of dates and numbers (the UI's current language). */
  locale: Locale;
  /** The applicant's profile, for fields with `prefill`. */
  prefill: Prefill;
  /** Answers to start from (a draft); they win over the profile's values. */
  initialAnswers?: Partial<Answers>;
  /** The attachment kind the files are uploaded as. */
  uploadKind?: AttachmentKind;
  /**
   * The whole form, validated and normalised by the domain's `validateAnswers` (trimmed text, numbers as
   * numbers, phones as `+…`, unanswered optional fields left out), and the uploaded files of each requirement
   * that has some, in the spec's order. Reject (e.g. with the mutation's error) to show the server's problem:
   * INVALID_INPUT issues at `answers.<field>` / `documents.<kind>` go back to their step.
   */
  onSubmit: (answers: Answers, documents: SubmittedDocument[]) => Promise<void>;
  /**
   * What the applicant must still do on the check page before sending (confirm the e-mail address the
   * answers give), or null: `content` is shown above Send, which refuses with `blockedMessage` meanwhile.
   */
  beforeSend?: (answers: Answers) => { content: ReactNode; blockedMessage: string } | null;
}

/** A page of the wizard: a question step by index, the documents, or the final check. */
type Page = number | 'documents' | 'check';

/**
 * An e-service application as a GOV.UK-style wizard rendered from the service's definition: one question
 * group per page, then the documents, then "Check your answers" with Change links, then sending.
 */
export function ServiceForm({
  spec,
  serviceName,
  locale,
  prefill,
  initialAnswers,
  uploadKind = 'DOCUMENT',
  onSubmit,
  beforeSend,
}: ServiceFormProps) {
  const { t } = useTranslation();
  const headingId = `service-form${useId().replace(/:/g, '')}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Whether the next page's heading takes the focus (not when a field at fault takes it instead).
  const focusHeading = useRef(false);
  const [values, setValues] = useState<FormValues>(() =>
    initialValues(spec.steps, initialAnswers ?? {}, prefill),
  );
  const [page, setPage] = useState<Page>(0);
  // After a Change link (or a problem found when sending), Continue leads back to the check page.
  const [returnToCheck, setReturnToCheck] = useState(false);
  const [fieldIssues, setFieldIssues] = useState<Record<string, string>>({});
  const [documents, setDocuments] = useState<Record<string, DocumentFiles>>({});
  const [documentIssues, setDocumentIssues] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const hasDocuments = spec.documents.length > 0;
  const lastStep = spec.steps.length - 1;
  const totalSteps = spec.steps.length + (hasDocuments ? 1 : 0);

  // A new page moves focus to its heading, so screen readers start reading there.
  useEffect(() => {
    if (focusHeading.current) headingRef.current?.focus();
  }, [page]);

  /** Opens a page; `toField`: a step whose fields have issues, the first of which takes the focus. */
  const go = (next: Page, { toField = false } = {}) => {
    focusHeading.current = !toField;
    setFormError(null);
    setPage(next);
  };
  const afterStep = (index: number): Page =>
    returnToCheck ? 'check' : index < lastStep ? index + 1 : hasDocuments ? 'documents' : 'check';
  const beforePage = (current: Page): Page =>
    current === 'check'
      ? hasDocuments
        ? 'documents'
        : lastStep
      : current === 'documents'
        ? lastStep
        : current - 1;

  const keep = (stepFields: FormValues) => setValues((all) => ({ ...all, ...stepFields }));

  const onDocumentChange = useCallback((kind: string, files: DocumentFiles) => {
    setDocuments((all) => ({ ...all, [kind]: files }));
    if (files.ids.length > 0) {
      setDocumentIssues((all) => {
        if (!(kind in all)) return all;
        const rest = { ...all };
        delete rest[kind];
        return rest;
      });
    }
  }, []);

  /** Required documents without a finished file, as issues by kind. */
  const missingDocuments = (): Record<string, string> =>
    Object.fromEntries(
      spec.documents
        .filter((d) => d.required && (documents[d.kind]?.ids.length ?? 0) === 0)
        .map((d) => [d.kind, 'document_required']),
    );
  const uploading = Object.values(documents).some((d) => d.busy);

  /** Puts issues on their fields and documents and opens the first step concerned; returns the unplaced ones. */
  const placeIssues = (issues: readonly InputIssue[]): InputIssue[] => {
    const answers: Record<string, string> = {};
    const docs: Record<string, string> = {};
    const unplaced = issues.filter((issue) => {
      const place = placeIssue(issue.field, spec);
      if (place && 'answer' in place) answers[place.answer] ??= issue.code;
      else if (place) docs[place.document] ??= issue.code;
      return !place;
    });
    if (Object.keys(docs).length > 0) setDocumentIssues(docs);
    const firstStep = spec.steps.findIndex((s) => s.fields.some((f) => f.name in answers));
    if (firstStep >= 0) {
      setFieldIssues(answers);
      setReturnToCheck(true);
      go(firstStep, { toField: true });
    } else if (Object.keys(docs).length > 0) {
      setReturnToCheck(true);
      go('documents');
    }
    return unplaced;
  };

  const onDocumentsContinue = (event: FormEvent) => {
    event.preventDefault();
    // Files still on their way are not missing: wait for them.
    if (uploading) {
      setFormError(t('upload.uploading'));
      return;
    }
    const missing = missingDocuments();
    setDocumentIssues(missing);
    if (Object.keys(missing).length > 0) return;
    go('check');
  };

  const send = async () => {
    setFormError(null);
    const checked = validateAnswers(spec.steps, values);
    if (!checked.ok) {
      placeIssues(checked.issues.map((issue) => ({ field: `answers.${issue.field}`, code: issue.code })));
      return;
    }
    if (uploading) {
      setFormError(t('upload.uploading'));
      return;
    }
    const pending = beforeSend?.(checked.value);
    if (pending) {
      setFormError(pending.blockedMessage);
      return;
    }
    const missing = missingDocuments();
    if (Object.keys(missing).length > 0) {
      placeIssues(
        Object.keys(missing).map((kind) => ({ field: `documents.${kind}`, code: 'document_required' })),
      );
      return;
    }
    const files = spec.documents
      .map((d) => ({ kind: d.kind, attachmentIds: documents[d.kind]?.ids ?? [] }))
      .filter((d) => d.attachmentIds.length > 0);
    setSending(true);
    try {
      await onSubmit(checked.value, files);
    } catch (error) {
      const problem = describeError(error, t);
      const unplaced = placeIssues(problem.issues);
      if (problem.issues.length === 0 || unplaced.length > 0) setFormError(problem.message);
    } finally {
      setSending(false);
    }
  };

  const step = typeof page === 'number' ? spec.steps[page] : undefined;
  const checkedNow = page === 'check' && beforeSend ? validateAnswers(spec.steps, values) : null;
  const pendingBeforeSend = checkedNow?.ok ? beforeSend!(checkedNow.value) : null;
  const title = step
    ? localized(step.title, locale)
    : page === 'documents'
      ? t('eServices.form.documentsTitle')
      : t('eServices.form.checkTitle');
  const current = typeof page === 'number' ? page + 1 : page === 'documents' ? totalSteps : null;

  return (
    <div className="service-form" data-testid="service-form" data-page={String(page)}>
      <header className="service-form__header">
        <p className="service-form__caption">{serviceName}</p>
        {current !== null ? (
          <p className="service-form__progress" data-testid="step-indicator">
            {t('eServices.form.stepOf', {
              current: formatNumber(current, locale),
              total: formatNumber(totalSteps, locale),
            })}
          </p>
        ) : null}
        <h2 className="service-form__title" id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
      </header>

      {formError ? <FormAlert>{formError}</FormAlert> : null}

      {step && typeof page === 'number' ? (
        <QuestionStep
          key={step.id}
          step={step}
          locale={locale}
          defaultValues={stepValues(step, values)}
          issues={fieldIssues}
          labelledBy={headingId}
          onContinue={(stepFields) => {
            keep(stepFields);
            const rest = { ...fieldIssues };
            for (const field of step.fields) delete rest[field.name];
            setFieldIssues(rest);
            // Problems the server found on later steps (or documents) are visited before the check page.
            const nextWithIssue = spec.steps.findIndex((s) => s.fields.some((f) => f.name in rest));
            if (nextWithIssue >= 0) go(nextWithIssue, { toField: true });
            else if (returnToCheck && Object.keys(documentIssues).length > 0) go('documents');
            else go(afterStep(page));
          }}
          {...(page > 0 || returnToCheck
            ? {
                onBack: (stepFields: FormValues) => {
                  keep(stepFields);
                  go(returnToCheck ? 'check' : beforePage(page));
                },
              }
            : {})}
        />
      ) : null}

      {/* Kept mounted (hidden) on other pages: uploads go on, and come back with their files. */}
      {hasDocuments ? (
        <form
          className="service-form__step"
          noValidate
          hidden={page !== 'documents'}
          aria-labelledby={headingId}
          onSubmit={onDocumentsContinue}
        >
          <p className="service-form__intro">{t('eServices.form.documentsIntro')}</p>
          <div className="service-form__fields">
            {spec.documents.map((requirement) => {
              const code = documentIssues[requirement.kind];
              return (
                <DocumentUpload
                  key={requirement.kind}
                  requirement={requirement}
                  locale={locale}
                  uploadKind={uploadKind}
                  error={code ? validationMessage(code, t) : undefined}
                  onChange={onDocumentChange}
                />
              );
            })}
          </div>
          <div className="service-form__actions">
            <Button type="submit" size="lg" data-testid="step-continue">
              {t('eServices.form.continue')}
            </Button>
            <Button
              variant="ghost"
              size="lg"
              onClick={() => go(returnToCheck ? 'check' : beforePage('documents'))}
            >
              {t('eServices.form.back')}
            </Button>
          </div>
        </form>
      ) : null}

      {page === 'check' ? (
        <>
          <CheckAnswers
            spec={spec}
            locale={locale}
            values={values}
            documents={documents}
            onChange={(target) => {
              setReturnToCheck(true);
              go(target);
            }}
          />
          <section className="service-form__send" aria-labelledby={`${headingId}-send`}>
            <h3 className="service-form__send-title" id={`${headingId}-send`}>
              {t('eServices.form.sendTitle')}
            </h3>
            {pendingBeforeSend?.content}
            <p className="service-form__intro">{t('eServices.form.declaration')}</p>
            <div className="service-form__actions">
              <Button size="lg" loading={sending} onClick={() => void send()} data-testid="send-application">
                {sending ? t('eServices.form.sending') : t('eServices.form.send')}
              </Button>
              <Button variant="ghost" size="lg" disabled={sending} onClick={() => go(beforePage('check'))}>
                {t('eServices.form.back')}
              </Button>
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
