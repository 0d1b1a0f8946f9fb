import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/client';
import {
  type ExchangeRate,
  RATED_CURRENCIES,
  type RatedCurrency,
  useExchangeRates,
} from '../../api/pipeline';
import type { User } from '../../api/types';
import { FormAlert, SelectField, SubmitButton, TextField, useFormErrors } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { EmptyState, ErrorState, Loading, LoadMore, NotAllowed } from '../../components/States';
import { todayIso, usePipelineFormat } from '../../features/pipeline/format';
import { PipelineCatalogueGate, usePipelineT } from '../../features/pipeline/i18n';
import { ScrollBox } from '../../features/pipeline/ScrollBox';
import { useUrlFilters } from '../../features/url-state';

function RateForm({ onDone }: { onDone: (message: string) => void }) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const client = useQueryClient();
  const [currency, setCurrency] = useState<RatedCurrency>('THB');
  const [date, setDate] = useState(`${todayIso().slice(0, 4)}-01-01`);
  const [units, setUnits] = useState('');
  const [source, setSource] = useState('');
  const form = useFormErrors(['currency', 'date', 'unitsPerUsd', 'source']);
  const save = useMutation({
    mutationFn: () =>
      api<{ rate: ExchangeRate; repricedAgreements: number }>(`/admin/exchange-rates/${currency}/${date}`, {
        method: 'PUT',
        body: { unitsPerUsd: Number(units), source: source.trim() },
      }),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: ['exchange-rates'] });
      void client.invalidateQueries({ queryKey: ['cooperation'] });
      void client.invalidateQueries({ queryKey: ['indicators'] });
      setUnits('');
      setSource('');
      onDone(t('rates.saved', { count: result.repricedAgreements }));
    },
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const number = Number(units);
    if (units.trim() === '' || !Number.isFinite(number) || number <= 0)
      errors.unitsPerUsd = t('rates.invalidRate');
    if (!date) errors.date = mainT('validation.required');
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    save.mutate();
  };
  return (
    <form className="form-card coop-rate-form" onSubmit={onSubmit} noValidate data-testid="rate-form">
      <h2 className="panel-title">{t('rates.add')}</h2>
      <FormAlert message={form.errors.general} />
      <div className="form-grid">
        <SelectField
          label={t('rates.currency')}
          value={currency}
          onChange={(v) => setCurrency(v as RatedCurrency)}
          options={RATED_CURRENCIES.map((c) => ({ value: c, label: t(`currency.${c}`) }))}
          error={form.field('currency')}
        />
        <TextField
          type="date"
          label={t('rates.rateDate')}
          value={date}
          onChange={setDate}
          error={form.field('date')}
          required
        />
        <TextField
          type="number"
          label={t('rates.unitsPerUsd')}
          hint={t('rates.unitsPerUsdHint')}
          value={units}
          onChange={setUnits}
          min="0"
          error={form.field('unitsPerUsd')}
          required
        />
        <TextField
          label={t('rates.source')}
          hint={t('rates.sourceHint')}
          value={source}
          onChange={setSource}
          maxLength={200}
          error={form.field('source')}
        />
      </div>
      <div className="actions">
        <SubmitButton pending={save.isPending} testId="rate-submit">
          {t('rates.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

function RatesTable({
  currency,
  canWrite,
  onDone,
}: {
  currency: string;
  canWrite: boolean;
  onDone: (m: string) => void;
}) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  const client = useQueryClient();
  const rates = useExchangeRates(currency, true);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (rate: ExchangeRate) =>
      api<{ repricedAgreements: number }>(`/admin/exchange-rates/${rate.currency}/${rate.rateDate}`, {
        method: 'DELETE',
      }),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: ['exchange-rates'] });
      void client.invalidateQueries({ queryKey: ['indicators'] });
      onDone(t('rates.removed', { count: result.repricedAgreements }));
    },
    onError: (e) => setError(isApiError(e) ? e.message : null),
  });
  if (rates.isPending) return <Loading />;
  if (rates.isError) return <ErrorState error={rates.error} onRetry={() => void rates.refetch()} />;
  const items = rates.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <EmptyState title={t('rates.none')} />;
  return (
    <>
      <FormAlert message={error} />
      <ScrollBox label={t('rates.tableCaption')}>
        <table className="coop-table" data-testid="rates-table">
          <caption className="visually-hidden">{t('rates.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rates.currency')}</th>
              <th scope="col">{t('rates.rateDate')}</th>
              <th scope="col" className="num">
                {t('rates.unitsPerUsd')}
              </th>
              <th scope="col">{t('rates.source')}</th>
              <th scope="col">{t('rates.updated')}</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">{t('rates.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.map((rate) => (
              <tr key={`${rate.currency}-${rate.rateDate}`} data-testid="rate-row">
                <th scope="row">{rate.currency}</th>
                <td>
                  <time dateTime={rate.rateDate}>{format.date(rate.rateDate)}</time>
                </td>
                <td className="num">{format.number(rate.unitsPerUsd)}</td>
                <td>{rate.source}</td>
                <td>{format.dateTime(rate.updatedAt)}</td>
                {canWrite ? (
                  <td>
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      disabled={remove.isPending}
                      onClick={() => {
                        setError(null);
                        if (
                          window.confirm(
                            t('rates.confirmRemove', {
                              currency: rate.currency,
                              date: format.date(rate.rateDate),
                            }),
                          )
                        )
                          remove.mutate(rate);
                      }}
                    >
                      {t('common.remove')}
                      <span className="visually-hidden">
                        : {rate.currency} {format.date(rate.rateDate)}
                      </span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <LoadMore
        hasMore={rates.hasNextPage}
        loading={rates.isFetchingNextPage}
        onLoad={() => void rates.fetchNextPage()}
        shown={items.length}
      />
    </>
  );
}

function ExchangeRates({ user }: { user: User }) {
  const t = usePipelineT();
  usePageTitle(t('rates.title'));
  const [params, setParams] = useUrlFilters();
  const [message, setMessage] = useState<string | null>(null);
  const currencyParam = params.get('currency') ?? '';
  const currency = (RATED_CURRENCIES as readonly string[]).includes(currencyParam) ? currencyParam : '';
  const canWrite = user.platformRole === 'administrator';
  if (!user.platformRole) return <NotAllowed message={t('rates.notAllowed')} />;
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('rates.title')}</h1>
        <p className="lead-small">{t('rates.lead')}</p>
        {canWrite ? null : <p className="muted">{t('rates.readOnly')}</p>}
      </div>
      <div role="status">{message ? <p className="alert alert-success">{message}</p> : null}</div>
      {canWrite ? <RateForm onDone={setMessage} /> : null}
      <div className="coop-toolbar">
        <SelectField
          label={t('rates.currency')}
          value={currency}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value) next.set('currency', value);
            else next.delete('currency');
            setParams(next);
          }}
          options={RATED_CURRENCIES.map((c) => ({ value: c, label: t(`currency.${c}`) }))}
          placeholder={t('rates.allCurrencies')}
        />
      </div>
      <RatesTable currency={currency} canWrite={canWrite} onDone={setMessage} />
    </div>
  );
}

/** The administrators' table of exchange rates behind the agreements' US dollar values. */
export function ExchangeRatesPage() {
  return (
    <PipelineCatalogueGate>
      <RequireUser>{(user) => <ExchangeRates user={user} />}</RequireUser>
    </PipelineCatalogueGate>
  );
}
