import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  FileRequestByPhoneDocument,
  IntakeOptionsDocument,
  QueueDocument,
  SearchResidentsDocument,
  type SearchResidentsQuery,
} from '../../gql/dispatcher/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { useSubmissionKey } from '../../lib/idempotency.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import {
  Button,
  Card,
  ChoiceGroup,
  ErrorState,
  FormAlert,
  IconBack,
  LoadingState,
  PageHeader,
  Radio,
  Select,
  Spinner,
  TextArea,
  TextField,
  useToast,
} from '../../ui/index.ts';
import {
  emptyIntake,
  intakeFieldOf,
  intakeSchema,
  toPhoneIntakeInput,
  type IntakeValues,
} from './intake-form.ts';
import '../resident/NewRequestPage.css';
import './PhoneIntakePage.css';
import { CategoryOptions, CommonAreaOptions } from '../requests/RequestFormOptions.tsx';

type Match = SearchResidentsQuery['searchResidents'][number];

/** The dispatcher files a request for a caller: find them (prefills) or type their details. */
export function PhoneIntakePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IntakeOptionsDocument);
  const back = (
    <Link to="/dispatcher" className="back-link">
      <IconBack size={16} />
      {t('dispatcher.nav.desk')}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={t('dispatcher.intake.title')}
        description={t('dispatcher.intake.intro')}
        eyebrow={back}
      />
      {!data && loading ? (
        <Card>
          <LoadingState />
        </Card>
      ) : !data ? (
        <Card>
          <ErrorState
            message={error ? describeError(error, t).message : undefined}
            onRetry={() => void refetch()}
          />
        </Card>
      ) : (
        <IntakeForm categories={data.serviceCategories} buildings={data.companyBuildings} />
      )}
    </>
  );
}

interface IntakeFormProps {
  categories: ReadonlyArray<{ id: string; name: string; isEmergency: boolean }>;
  buildings: ReadonlyArray<{ id: string; address: string }>;
}

function IntakeForm({ categories, buildings }: IntakeFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const query = useDebounced(search.trim());
  const searching = query.length >= 2;
  const results = useQuery(SearchResidentsDocument, { variables: { query }, skip: !searching });
  const [fileByPhone] = useMutation(FileRequestByPhoneDocument, { refetchQueries: [QueueDocument] });
  const submission = useSubmissionKey();
  const {
    register,
    handleSubmit,
    control,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<IntakeValues>({
    resolver: zodResolver(intakeSchema),
    defaultValues: { ...emptyIntake, buildingId: buildings.length === 1 ? buildings[0]!.id : '' },
  });
  const where = useWatch({ control, name: 'where' });
  const errorOf = (field: keyof IntakeValues) => {
    const code = errors[field]?.message;
    return code ? validationMessage(code, t) : undefined;
  };

  const choose = (match: Match, home: Match['homes'][number] | undefined) => {
    const opts = { shouldValidate: false, shouldDirty: true };
    setValue('residentId', match.id, opts);
    setValue('contactName', match.displayName, opts);
    setValue('contactPhone', match.phone ?? '', opts);
    if (home && buildings.some((b) => b.id === home.buildingId)) {
      setValue('where', 'premises', opts);
      setValue('buildingId', home.buildingId, opts);
      setValue('premisesNumber', home.premisesNumber, opts);
    }
    setChosen(match.displayName);
  };

  const clearChoice = () => {
    setValue('residentId', '');
    setChosen(null);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const variables = { input: toPhoneIntakeInput(values) };
      const { data } = await fileByPhone({ variables, context: submission.context(variables) });
      if (!data) throw new Error('fileRequestByPhone returned no data');
      submission.succeeded();
      const request = data.fileRequestByPhone;
      toast.show({
        tone: 'success',
        message: t('dispatcher.intake.filed', { number: isolate(request.number) }),
      });
      await navigate(`/dispatcher/requests/${request.id}`);
    } catch (caught) {
      const problem = describeError(caught, t);
      const unplaced = problem.issues.filter((issue) => {
        const field = intakeFieldOf(issue.field, values.where);
        if (field) setError(field, { message: issue.code }, { shouldFocus: true });
        return !field;
      });
      if (problem.issues.length === 0 || unplaced.length > 0) setFormError(problem.message);
    }
  });

  const matches = searching ? (results.data?.searchResidents ?? []) : [];

  return (
    <div className="intake">
      <Card title={t('dispatcher.intake.caller')} className="intake__search">
        <TextField
          label={t('dispatcher.intake.search')}
          hint={t('dispatcher.intake.searchHint')}
          type="search"
          optional
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="resident-search"
        />
        <div className="intake__results" aria-live="polite">
          {searching && results.loading ? (
            <p className="intake__status">
              <Spinner size={16} />
              {t('dispatcher.intake.searching')}
            </p>
          ) : searching && results.error ? (
            <FormAlert>{describeError(results.error, t).message}</FormAlert>
          ) : searching && results.data && matches.length === 0 ? (
            <p className="intake__status" data-testid="no-matches">
              {t('dispatcher.intake.noMatches')}
            </p>
          ) : matches.length > 0 ? (
            <ul className="intake__matches" aria-label={t('dispatcher.intake.results')}>
              {matches.map((match) => (
                <li
                  key={match.id}
                  className="intake__match"
                  data-testid="resident-match"
                  data-resident-id={match.id}
                >
                  <span className="cell-stack">
                    <bdi className="intake__name">{match.displayName}</bdi>
                    <span className="cell-sub" dir="ltr">
                      {[match.phone, match.email].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  <span className="intake__homes">
                    {(match.homes.length > 0 ? match.homes : [undefined]).map((home, index) => (
                      <Button
                        key={home ? `${home.buildingId}-${home.premisesNumber}` : index}
                        size="sm"
                        variant="secondary"
                        data-testid="choose-resident"
                        onClick={() => choose(match, home)}
                      >
                        {home
                          ? t('dispatcher.intake.home', {
                              address: isolate(home.address),
                              number: isolate(home.premisesNumber),
                            })
                          : t('dispatcher.intake.choose')}
                      </Button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </Card>

      <Card>
        <form className="request-form" data-testid="intake-form" noValidate onSubmit={onSubmit}>
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          {chosen ? (
            <div className="intake__chosen" data-testid="chosen-resident">
              <FormAlert tone="info">{t('dispatcher.intake.chosen', { name: isolate(chosen) })}</FormAlert>
              <Button size="sm" variant="ghost" onClick={clearChoice}>
                {t('dispatcher.intake.clearChoice')}
              </Button>
            </div>
          ) : null}
          <div className="request-form__row">
            <TextField
              label={t('dispatcher.intake.contactName')}
              autoComplete="off"
              error={errorOf('contactName')}
              {...register('contactName')}
            />
            <TextField
              label={t('dispatcher.intake.contactPhone')}
              type="tel"
              inputMode="tel"
              dir="ltr"
              autoComplete="off"
              error={errorOf('contactPhone')}
              {...register('contactPhone')}
            />
          </div>
          <div className="request-form__where">
            <Select
              label={t('dispatcher.intake.building')}
              error={errorOf('buildingId')}
              {...register('buildingId')}
            >
              <option value="">{t('dispatcher.intake.buildingPlaceholder')}</option>
              {buildings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.address}
                </option>
              ))}
            </Select>
            <ChoiceGroup legend={t('dispatcher.intake.where')}>
              <Radio label={t('dispatcher.intake.wherePremises')} value="premises" {...register('where')} />
              <Radio
                label={t('dispatcher.intake.whereCommonArea')}
                value="commonArea"
                {...register('where')}
              />
            </ChoiceGroup>
            {where === 'premises' ? (
              <TextField
                label={t('dispatcher.intake.premisesNumber')}
                autoComplete="off"
                error={errorOf('premisesNumber')}
                {...register('premisesNumber')}
              />
            ) : (
              <Select
                label={t('resident.form.commonArea')}
                error={errorOf('commonArea')}
                {...register('commonArea')}
              >
                <CommonAreaOptions />
              </Select>
            )}
          </div>
          <Select
            label={t('resident.form.category')}
            error={errorOf('categoryId')}
            {...register('categoryId')}
          >
            <CategoryOptions categories={categories} />
          </Select>
          <TextArea
            label={t('resident.form.description')}
            hint={t('resident.form.descriptionHint')}
            rows={5}
            maxLength={2000}
            error={errorOf('description')}
            {...register('description')}
          />
          <TextField
            label={t('resident.form.preferredVisit')}
            hint={t('resident.form.preferredVisitHint')}
            optional
            error={errorOf('preferredVisit')}
            {...register('preferredVisit')}
          />
          <div className="request-form__actions">
            <Button type="submit" size="lg" loading={isSubmitting}>
              {isSubmitting ? t('dispatcher.intake.submitting') : t('dispatcher.intake.submit')}
            </Button>
            <Button variant="ghost" size="lg" onClick={() => void navigate('/dispatcher')}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
