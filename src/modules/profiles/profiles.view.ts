import type { Actor } from '../auth/actor.js';
import { canOnProfile } from './profiles.policy.js';
import type { AttachmentRecord, ProfileRecord } from './profiles.repository.js';

/** A profile as the API shows it; `contact` only for readers allowed to see it. */
export function profileView(profile: ProfileRecord, actor: Actor, attachments: AttachmentRecord[] = []) {
  const showContact = canOnProfile(actor, 'read_contact', profile);
  return {
    id: profile.id,
    kind: profile.kind,
    status: profile.status,
    organisation: {
      id: profile.organisationId,
      slug: profile.organisationSlug,
      name: profile.organisationName,
      kind: profile.organisationKind,
      country: profile.country,
    },
    originalLanguage: profile.originalLanguage,
    languages: profile.languages,
    title: profile.title,
    summary: profile.summary,
    description: profile.description,
    advantages: profile.advantages,
    specification: profile.specification,
    stage: profile.stage,
    trl: profile.trl,
    ipr: { status: profile.iprStatus, patentNumbers: profile.patentNumbers },
    partnerSought: { kinds: profile.partnerKinds, size: profile.partnerSize, role: profile.partnerRole },
    cooperationTypes: profile.cooperationTypes,
    sectors: profile.sectors,
    keywords: profile.keywords,
    isic: profile.isic,
    targetCountries: profile.targetCountries,
    sdgs: profile.sdgs,
    eoiDeadline: profile.eoiDeadline,
    validUntil: profile.validUntil,
    ...(showContact ? { contact: profile.contact } : {}),
    attachments: attachments.map(({ profileId: _profileId, ...a }) => a),
    isDemo: profile.isDemo,
    version: profile.version,
    submittedAt: profile.submittedAt,
    publishedAt: profile.publishedAt,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

export type ProfileView = ReturnType<typeof profileView>;
