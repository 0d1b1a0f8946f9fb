import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { LANGUAGES, type MultilingualText } from '../../domain/vocabulary.js';
import type { Actor } from '../auth/actor.js';
import { canOnCooperation } from '../cooperations/cooperations.policy.js';
import { openCooperation } from '../cooperations/cooperations.service.js';
import { pickText } from '../events/event-mail.js';
import type { EventRecord } from '../events/events.repository.js';
import type { RegistrationRecord } from '../events/registrations.repository.js';

const TITLE_MAX = 200;

/** "<event>: <A> – <B>" in every language the event title has. */
function cooperationTitle(
  event: EventRecord,
  a: RegistrationRecord,
  b: RegistrationRecord,
): MultilingualText {
  const title: MultilingualText = {};
  for (const language of LANGUAGES) {
    if (!event.title[language]) continue;
    const text = `${event.title[language]}: ${pickText(a.organisationName, language)} – ${pickText(b.organisationName, language)}`;
    title[language] = [...text].slice(0, TITLE_MAX).join('');
  }
  return title;
}

/**
 * When both sides of a meeting want to follow up, a cooperation is opened in the cooperation
 * pipeline (origin `meeting_follow_up`, the meeting id as reference), inside the caller's
 * transaction, with both organisations as parties and their linked profiles. Opening needs the
 * right to create a cooperation (an editor or admin of either organisation with a confirmed email);
 * when the person completing the follow-up lacks it, the meeting stays marked "follow-up agreed"
 * and the next follow-up answer from someone who has it opens the cooperation.
 * Returns the cooperation's id, or null when it could not be opened by this actor.
 */
export async function openCooperationForMeeting(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  event: EventRecord,
  meetingId: string,
  requester: RegistrationRecord,
  recipient: RegistrationRecord,
): Promise<string | null> {
  const parties = [requester, recipient].map((r) => ({
    organisationId: r.organisationId,
    country: r.organisationCountry,
  }));
  if (!canOnCooperation(actor, 'create', { parties })) return null;
  const cooperation = await openCooperation(
    ctx,
    actor,
    {
      title: cooperationTitle(event, requester, recipient),
      organisationIds: [requester.organisationId, recipient.organisationId],
      profileIds: [...new Set([...requester.profileIds, ...recipient.profileIds])].slice(0, 20),
      origin: 'meeting_follow_up',
      originRef: meetingId,
    },
    { tx },
  );
  return cooperation.id;
}
