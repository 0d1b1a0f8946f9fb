import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client';
import { type Cooperation, refreshAfterCooperationChange } from '../../../api/pipeline';
import { FormAlert, SubmitButton, useFormErrors } from '../../../components/Form';
import { usePipelineT } from '../i18n';
import { PartnerPicker, type PickedOrganisation, ProfilePicker } from './PartyPickers';

/** A cooperation links at least two organisations (the API refuses fewer). */
const MINIMUM_PARTIES = 2;

function PartiesForm({ cooperation, onSaved }: { cooperation: Cooperation; onSaved: () => void }) {
  const t = usePipelineT();
  const client = useQueryClient();
  const [parties, setParties] = useState<PickedOrganisation[]>(() =>
    cooperation.parties.map((p) => p.organisation),
  );
  const [profileIds, setProfileIds] = useState<string[]>(() => cooperation.profiles.map((p) => p.id));
  const form = useFormErrors(['organisationIds', 'profileIds']);
  const organisationIds = parties.map((p) => p.id);
  const save = useMutation({
    mutationFn: () =>
      api<Cooperation>(`/cooperations/${cooperation.id}`, {
        method: 'PATCH',
        body: {
          organisationIds,
          // The opportunities of an organisation that left go with it.
          profileIds: profileIds.filter((id) => {
            const linked = cooperation.profiles.find((p) => p.id === id);
            return !linked || organisationIds.includes(linked.organisationId);
          }),
        },
      }),
    onSuccess: (updated) => {
      refreshAfterCooperationChange(client, updated);
      onSaved();
    },
    onError: form.fromError,
  });
  const fieldError = (name: string) =>
    form.field(name) ?? Object.entries(form.errors.fields).find(([key]) => key.startsWith(`${name}[`))?.[1];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (parties.length < MINIMUM_PARTIES) {
      form.setFieldErrors({ organisationIds: t('parties.atLeastTwo') });
      return;
    }
    form.clear();
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="coop-subform" data-testid="parties-form">
      <FormAlert message={form.errors.general} />
      <PartnerPicker
        legend={t('common.parties')}
        partners={parties}
        exclude={[]}
        onChange={setParties}
        minimum={MINIMUM_PARTIES}
        error={fieldError('organisationIds')}
      />
      <p className="muted coop-small">{t('parties.hint')}</p>
      <ProfilePicker
        organisationIds={organisationIds}
        values={profileIds}
        onChange={setProfileIds}
        error={fieldError('profileIds')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} testId="save-parties">
          {t('parties.save')}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * Changing who takes part: organisations join or leave (at least two stay) and the opportunities
 * involved are ticked again, for the parties' editors and administrators.
 */
export function PartiesEditor({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (!cooperation.permissions.update) return null;
  return (
    <section className="panel" aria-labelledby="parties-title" data-testid="parties-editor">
      <h2 id="parties-title" className="panel-title">
        {t('parties.title')}
      </h2>
      <FormAlert message={saved ? t('parties.saved') : null} tone="success" />
      <details
        className="coop-disclosure"
        open={open}
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
          if (event.currentTarget.open) setSaved(false);
        }}
      >
        <summary>{t('parties.edit')}</summary>
        {open ? (
          <PartiesForm
            // A fresh form for each opening, from the cooperation as it is now.
            key={cooperation.version}
            cooperation={cooperation}
            onSaved={() => {
              setSaved(true);
              setOpen(false);
            }}
          />
        ) : null}
      </details>
    </section>
  );
}
