import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../../api/client';
import type { CountedPage, Organisation, OrganisationSummary, Page, Profile } from '../../../api/types';
import { CheckboxGroup, TextField } from '../../../components/Form';
import { localText, pickText, useLanguage } from '../../../i18n/format';
import { useVocab } from '../../../i18n/vocab';
import { usePipelineT } from '../i18n';

/*
 * The pickers of a cooperation's parties and profiles, shared by the form that opens a cooperation and
 * the editor of its parties.
 */

/** Waits until typing pauses before searching. */
export function useDebounced(value: string, delay = 300): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** An organisation as the pickers show it. */
export type PickedOrganisation = Pick<OrganisationSummary, 'id' | 'name' | 'country'>;

/**
 * Finds organisations by name and adds them as partners; the chosen ones are listed with a remove
 * button (left out when removing one would leave fewer than `minimum`).
 */
export function PartnerPicker({
  partners,
  exclude,
  onChange,
  error,
  legend,
  minimum = 0,
}: {
  partners: PickedOrganisation[];
  exclude: readonly string[];
  onChange: (partners: PickedOrganisation[]) => void;
  error: string | undefined;
  /** The fieldset's legend; "Partners" by default. */
  legend?: string;
  minimum?: number;
}) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const language = useLanguage();
  const vocab = useVocab();
  const id = useId();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const results = useQuery({
    queryKey: ['organisations', 'search', q],
    queryFn: ({ signal }) =>
      api<Page<Organisation>>(`/organisations${queryString({ q, limit: 12 })}`, { signal }).then(
        (r) => r.items,
      ),
    enabled: q !== '',
  });
  const taken = new Set([...exclude, ...partners.map((p) => p.id)]);
  const found = (results.data ?? []).filter((o) => !taken.has(o.id)).slice(0, 8);
  return (
    <fieldset
      className={`fieldset coop-partners${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field-label">
        {legend ?? t('newForm.partners')}
        <span className="required-mark"> ({mainT('form.required')})</span>
      </legend>
      {partners.length > 0 ? (
        <ul className="coop-chosen" data-testid="chosen-partners">
          {partners.map((partner) => {
            const name = localText(partner.name, language);
            return (
              <li key={partner.id}>
                <span>
                  {name} <span className="muted">· {vocab.country(partner.country)}</span>
                </span>
                {partners.length > minimum ? (
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    onClick={() => onChange(partners.filter((p) => p.id !== partner.id))}
                    aria-label={t('common.removeNamed', { name })}
                  >
                    {t('common.remove')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <TextField
        type="search"
        label={t('newForm.partnerSearch')}
        hint={t('newForm.partnerSearchHint')}
        value={query}
        onChange={setQuery}
        autoComplete="off"
      />
      {q ? (
        <div aria-live="polite">
          {results.isPending ? (
            <p className="muted">{t('newForm.searching')}</p>
          ) : found.length === 0 ? (
            <p className="muted">{t('newForm.noMatch', { query: q })}</p>
          ) : (
            <ul className="coop-results" data-testid="partner-results">
              {found.map((organisation) => {
                const name = localText(organisation.name, language);
                return (
                  <li key={organisation.id}>
                    <span>
                      {name} <span className="muted">· {vocab.country(organisation.country)}</span>
                    </span>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        onChange([...partners, organisation]);
                        setQuery('');
                      }}
                      aria-label={t('newForm.addNamed', { name })}
                    >
                      {t('newForm.add')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The published opportunities of the chosen organisations, to tick those the cooperation is about. */
export function ProfilePicker({
  organisationIds,
  values,
  onChange,
  error,
}: {
  organisationIds: string[];
  values: string[];
  onChange: (values: string[]) => void;
  error: string | undefined;
}) {
  const t = usePipelineT();
  const language = useLanguage();
  const lists = useQueries({
    queries: organisationIds.map((organisationId) => ({
      queryKey: ['profiles', { organisationId, limit: '20' }],
      queryFn: () =>
        api<CountedPage<Profile>>(`/opportunities${queryString({ organisationId, limit: 20 })}`).then(
          (r) => r.items,
        ),
    })),
  });
  const profiles = lists.flatMap((l) => l.data ?? []);
  if (organisationIds.length === 0) return null;
  if (profiles.length === 0) return <p className="muted">{t('newForm.noProfiles')}</p>;
  return (
    <CheckboxGroup
      legend={t('newForm.profiles')}
      hint={t('newForm.profilesHint')}
      options={profiles.map((p) => {
        const title = pickText(p.title, language);
        return { value: p.id, label: title.text, lang: title.language ?? undefined };
      })}
      values={values}
      onChange={onChange}
      error={error}
      max={20}
    />
  );
}
