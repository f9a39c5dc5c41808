import { useQuery } from '@apollo/client/react';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeskMetersDocument, type DeskMeterRowFragment } from '../../gql/meter-desk/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { EmptyState, ErrorState, Spinner, TextField } from '../../ui/index.ts';
import { MeterStatusBadge, meterKindLabel } from '../meters/MeterLabels.tsx';
import { meterDeskHref } from './meter-desk.ts';

/** The API answers from 2 characters on (a subscriber code from 4 digits). */
const MIN_SEARCH = 2;
/** An address as a caller says it, in the city's own language (street words, house, flat). */
const ADDRESS_EXAMPLE = 'Баумана 7 12';

/**
 * Search by subscriber code or address as the caller says it, results as they come (debounced). The arrow
 * keys move between the search box and the results; each result is a link to the meter.
 */
export function MeterSearch({
  value,
  onChange,
  selectedId,
}: {
  value: string;
  onChange: (text: string) => void;
  selectedId: string | undefined;
}) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const list = useRef<HTMLUListElement>(null);
  const search = useDebounced(value.trim());
  const searching = search.length >= MIN_SEARCH;
  const { data, previousData, loading, error, refetch } = useQuery(DeskMetersDocument, {
    variables: { search },
    skip: !searching,
  });
  // While the next answer is on its way the last list stays, so the results do not flash away per key.
  const meters = searching ? (data ?? previousData)?.deskMeters : undefined;
  const stale = value.trim() !== search || loading;

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && links()[0]) {
      event.preventDefault();
      links()[0]!.focus();
    }
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) document.getElementById('meter-search')?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  return (
    <div className="meter-search">
      <TextField
        id="meter-search"
        label={t('meterDesk.search.label')}
        hint={t('meterDesk.search.hint', { example: isolate(ADDRESS_EXAMPLE) })}
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onInputKeyDown}
        data-testid="meter-search"
      />
      <div className="meter-search__status" aria-live="polite" data-testid="meter-search-status">
        {!searching ? (
          <p className="meter__muted">{t('meterDesk.search.tooShort')}</p>
        ) : stale && !meters ? (
          <p className="meter-search__line">
            <Spinner size={16} />
            {t('meterDesk.search.searching')}
          </p>
        ) : error && !stale ? null : meters && meters.length > 0 ? (
          <p className="meter-search__line">
            {t('meterDesk.search.found', { count: number(meters.length) })}
            {stale ? <Spinner size={16} /> : null}
          </p>
        ) : null}
      </div>
      {searching && error && !stale ? (
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      ) : searching && meters && meters.length === 0 && !stale ? (
        <EmptyState
          compact
          title={t('meterDesk.search.emptyTitle')}
          text={t('meterDesk.search.emptyText', { search })}
        />
      ) : meters && meters.length > 0 ? (
        <ul
          ref={list}
          className="meter-results"
          aria-label={t('meterDesk.search.results')}
          onKeyDown={onListKeyDown}
          data-testid="meter-results"
        >
          {meters.map((meter) => (
            <li key={meter.id}>
              <MeterResult meter={meter} search={value} selected={meter.id === selectedId} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function MeterResult({
  meter,
  search,
  selected,
}: {
  meter: DeskMeterRowFragment;
  search: string;
  selected: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Link
      to={meterDeskHref(search, meter.id)}
      className={['meter-result', selected ? 'is-selected' : ''].filter(Boolean).join(' ')}
      aria-current={selected ? 'true' : undefined}
      data-testid="meter-result"
      data-meter-id={meter.id}
    >
      <span className="meter-result__address">
        {t('meterDesk.search.place', {
          address: isolate(meter.buildingAddress),
          flat: isolate(meter.premisesNumber),
        })}
      </span>
      <span className="meter-result__accounts">
        {meter.subscriberCodes.length > 0
          ? meter.subscriberCodes.map((code) => (
              <span key={code}>{t('meterDesk.search.account', { code })}</span>
            ))
          : t('meterDesk.search.noAccount')}
      </span>
      <span className="meter-result__meter">
        <span>{meterKindLabel(meter.kind, t)}</span>
        <bdi dir="ltr" className="meter-result__serial">
          {meter.serialNumber}
        </bdi>
        <MeterStatusBadge status={meter.status} testId="meter-result-status" />
      </span>
    </Link>
  );
}
