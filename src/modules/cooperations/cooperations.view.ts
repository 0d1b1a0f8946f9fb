import type { Actor } from '../auth/actor.js';
import { canOnCooperation } from './cooperations.policy.js';
import type {
  AgreementRecord,
  CooperationRecord,
  DocumentRecord,
  LinkedProfileRecord,
  NextStepRecord,
  OutcomeRecord,
} from './cooperations.repository.js';

/** A cooperation as lists show it: no next steps, results or documents. */
export function cooperationSummary(cooperation: CooperationRecord) {
  return {
    id: cooperation.id,
    title: cooperation.title,
    stage: cooperation.stage,
    closedReason: cooperation.closedReason,
    origin: cooperation.origin,
    originRef: cooperation.originRef,
    originEventId: cooperation.originEventId,
    sector: cooperation.sector,
    openedOn: cooperation.openedOn,
    parties: cooperation.parties.map((p) => ({
      organisation: { id: p.organisationId, slug: p.slug, name: p.name, country: p.country },
    })),
    version: cooperation.version,
    createdAt: cooperation.createdAt,
    updatedAt: cooperation.updatedAt,
  };
}

export function agreementView(agreement: AgreementRecord) {
  return {
    id: agreement.id,
    type: agreement.type,
    signedOn: agreement.signedOn,
    value:
      agreement.currency !== null && agreement.value !== null
        ? { amount: agreement.value, currency: agreement.currency }
        : null,
    /** The value in US dollars; null when undisclosed or when no rate exists on or before the signing date. */
    usdValue: agreement.usdValue,
    /** The rate used (units of the currency per US dollar) and its date; null for USD and when none exists. */
    usdRate:
      agreement.usdRateDate !== null && agreement.usdUnitsPerUsd !== null
        ? { date: agreement.usdRateDate, unitsPerUsd: agreement.usdUnitsPerUsd }
        : null,
    ipTerms: agreement.ipTerms,
    createdAt: agreement.createdAt,
  };
}

export interface CooperationParts {
  profiles: LinkedProfileRecord[];
  nextSteps: NextStepRecord[];
  agreements: AgreementRecord[];
  outcomes: OutcomeRecord[];
  /** Only loaded for readers allowed to see the private documents. */
  documents: DocumentRecord[] | null;
}

/** One cooperation in full as the reader may see it, with what they may do with it. */
export function cooperationView(cooperation: CooperationRecord, actor: Actor, parts: CooperationParts) {
  return {
    ...cooperationSummary(cooperation),
    profiles: parts.profiles.map((p) => ({
      id: p.id,
      kind: p.kind,
      title: p.title,
      organisationId: p.organisationId,
    })),
    nextSteps: parts.nextSteps.map((s) => ({
      id: s.id,
      description: s.description,
      owner: s.ownerId ? { id: s.ownerId, displayName: s.ownerName } : null,
      dueOn: s.dueOn,
      doneAt: s.doneAt,
      createdAt: s.createdAt,
    })),
    agreements: parts.agreements.map(agreementView),
    outcomes: parts.outcomes.map((o) => ({
      id: o.id,
      metric: o.metric,
      value: o.value,
      reportedOn: o.reportedOn,
      note: o.note,
      createdAt: o.createdAt,
    })),
    ...(parts.documents
      ? {
          documents: parts.documents.map((d) => ({
            id: d.id,
            kind: d.kind,
            fileName: d.fileName,
            contentType: d.contentType,
            sizeBytes: d.sizeBytes,
            sha256: d.sha256,
            createdAt: d.createdAt,
          })),
        }
      : {}),
    permissions: {
      update: canOnCooperation(actor, 'update', cooperation),
      readDocuments: canOnCooperation(actor, 'read_documents', cooperation),
      manageDocuments: canOnCooperation(actor, 'manage_documents', cooperation),
    },
  };
}

export type CooperationView = ReturnType<typeof cooperationView>;
