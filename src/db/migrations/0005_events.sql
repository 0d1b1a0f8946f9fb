-- Brokerage events and roadshows: events with their organisers, programme sessions and meeting slots;
-- registrations (participants, delegations, availability, check-in); meeting requests and their
-- outcome; the schedules computed by the meeting scheduler. Instants are timestamptz (UTC); each
-- event keeps its IANA time zone for display.

CREATE TABLE events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('brokerage_event', 'roadshow', 'competition', 'training', 'conference')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
  original_language text NOT NULL CHECK (original_language IN ('en', 'zh', 'lo', 'th', 'km', 'my', 'vi')),
  -- Multilingual texts: {"en": "...", "lo": "..."}.
  title jsonb NOT NULL,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- IANA zone the event happens in, e.g. Asia/Vientiane; times are shown in it beside the viewer's zone.
  time_zone text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  venue_mode text NOT NULL CHECK (venue_mode IN ('venue', 'online', 'hybrid')),
  venue_name text NOT NULL DEFAULT '',
  venue_address text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  country text CHECK (country IN ('KH', 'CN', 'LA', 'MM', 'TH', 'VN', 'OTHER')),
  -- Where the online part of the event is streamed or held (not the 1:1 meeting rooms).
  online_url text,
  -- Online 1:1 meetings get <base>/corridor-<HMAC(room_secret, meeting id)>; see docs/events.md.
  meeting_room_base_url text NOT NULL,
  room_secret text NOT NULL,
  -- Most approved participants; NULL means no limit. Beyond it registrations go to the waiting list.
  capacity integer CHECK (capacity > 0),
  requires_approval boolean NOT NULL DEFAULT true,
  registration_deadline timestamptz,
  max_meetings_per_participant integer NOT NULL DEFAULT 12 CHECK (max_meetings_per_participant BETWEEN 1 AND 200),
  -- Unanswered meeting requests expire this many hours after they were sent.
  request_expiry_hours integer NOT NULL DEFAULT 72 CHECK (request_expiry_hours BETWEEN 1 AND 2160),
  -- Meetings that can run at once: tables (or rooms) 1..table_count in every slot.
  table_count integer NOT NULL DEFAULT 10 CHECK (table_count BETWEEN 1 AND 1000),
  -- Optional names of the tables, e.g. "Room A"; table n is table_labels[n] when present.
  table_labels text[] NOT NULL DEFAULT '{}',
  cancel_reason text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX events_status_start_idx ON events (status, starts_at, id);

-- The organising organisations; their admins and editors organise the event.
CREATE TABLE event_organisers (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, organisation_id)
);
CREATE INDEX event_organisers_org_idx ON event_organisers (organisation_id);

-- The programme: talks, panels, pitching sessions, visits.
CREATE TABLE event_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  title jsonb NOT NULL,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  location text NOT NULL DEFAULT '',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX event_sessions_event_idx ON event_sessions (event_id, starts_at);

-- The 1:1 meeting slots, numbered 1..n in time order as the scheduler numbers them.
CREATE TABLE event_meeting_slots (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  slot_number integer NOT NULL CHECK (slot_number >= 1),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  PRIMARY KEY (event_id, slot_number),
  CHECK (ends_at > starts_at)
);

-- A participant: one organisation in one event; its delegation meets as one participant.
CREATE TABLE event_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Registration order (first come, first served on the waiting list), even within one instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'waitlisted', 'declined', 'cancelled')),
  attendance_mode text NOT NULL DEFAULT 'on_site' CHECK (attendance_mode IN ('on_site', 'online')),
  -- The language of the participant's agenda and documents.
  language text NOT NULL CHECK (language IN ('en', 'zh', 'lo', 'th', 'km', 'my', 'vi')),
  -- The participant profile for this event: what they offer and seek, linked opportunity profiles.
  offer jsonb NOT NULL DEFAULT '{}'::jsonb,
  seek jsonb NOT NULL DEFAULT '{}'::jsonb,
  profile_ids uuid[] NOT NULL DEFAULT '{}',
  sectors text[] NOT NULL DEFAULT '{}',
  keywords text[] NOT NULL DEFAULT '{}',
  -- Meeting slots in which the participant cannot meet (besides the sessions they attend).
  unavailable_slots integer[] NOT NULL DEFAULT '{}',
  check_in_token text NOT NULL UNIQUE,
  checked_in_at timestamptz,
  checked_in_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz,
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decision_reason text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX event_registrations_org_key ON event_registrations (event_id, organisation_id)
  WHERE status <> 'cancelled';
CREATE INDEX event_registrations_event_idx ON event_registrations (event_id, status, seq);

-- The people of a delegation; a person belongs to at most one delegation per event.
CREATE TABLE event_delegates (
  registration_id uuid NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (registration_id, user_id)
);
CREATE UNIQUE INDEX event_delegates_user_key ON event_delegates (event_id, user_id);
CREATE INDEX event_delegates_user_idx ON event_delegates (user_id);

-- Programme sessions a participant attends; their time is blocked for meetings.
CREATE TABLE event_session_attendees (
  session_id uuid NOT NULL REFERENCES event_sessions (id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, registration_id)
);
CREATE INDEX event_session_attendees_registration_idx ON event_session_attendees (registration_id);

-- A meeting request and, once accepted, the meeting: its priority, pins, attendance and follow-up.
CREATE TABLE meeting_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  requester_id uuid NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  recipient_id uuid NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'accepted', 'declined', 'expired', 'cancelled')),
  message text NOT NULL DEFAULT '',
  -- "Must meet": either side may mark it; the scheduler weighs such meetings more.
  requester_must_meet boolean NOT NULL DEFAULT false,
  recipient_must_meet boolean NOT NULL DEFAULT false,
  response_reason text NOT NULL DEFAULT '',
  responded_at timestamptz,
  responded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  reminder_sent_at timestamptz,
  -- Organiser's pins, passed to the scheduler as fixed slot and table.
  fixed_slot integer CHECK (fixed_slot >= 1),
  fixed_table integer CHECK (fixed_table >= 1),
  attendance text CHECK (attendance IN ('held', 'requester_no_show', 'recipient_no_show', 'both_no_show')),
  attendance_marked_at timestamptz,
  attendance_marked_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Set when both sides asked to follow up; the cooperation pipeline picks it up (docs/events.md).
  follow_up_agreed_at timestamptz,
  cooperation_id uuid,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (requester_id <> recipient_id)
);
-- One open or accepted request per pair of participants, whoever asked.
CREATE UNIQUE INDEX meeting_requests_pair_key ON meeting_requests (
  event_id, LEAST(requester_id, recipient_id), GREATEST(requester_id, recipient_id)
) WHERE status IN ('pending', 'accepted');
CREATE INDEX meeting_requests_event_idx ON meeting_requests (event_id, status, created_at, id);
CREATE INDEX meeting_requests_requester_idx ON meeting_requests (requester_id, status);
CREATE INDEX meeting_requests_recipient_idx ON meeting_requests (recipient_id, status);
CREATE INDEX meeting_requests_pending_idx ON meeting_requests (expires_at) WHERE status = 'pending';

-- Each side's answer after the meeting: did it happen, do we want to follow up.
CREATE TABLE meeting_follow_ups (
  meeting_id uuid NOT NULL REFERENCES meeting_requests (id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  happened boolean NOT NULL,
  follow_up boolean NOT NULL,
  comment text NOT NULL DEFAULT '',
  submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, registration_id)
);

-- A run of the scheduler: a draft until published; the published one is what agendas show.
CREATE TABLE event_schedules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  version integer NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'superseded')),
  -- The schedule that was published when this one was computed; its meetings were kept in place.
  based_on_id uuid REFERENCES event_schedules (id) ON DELETE SET NULL,
  slot_count integer NOT NULL,
  table_count integer NOT NULL,
  seed integer NOT NULL,
  stats jsonb NOT NULL,
  score jsonb NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  UNIQUE (event_id, version)
);
CREATE UNIQUE INDEX event_schedules_published_key ON event_schedules (event_id) WHERE status = 'published';

CREATE TABLE event_schedule_placements (
  schedule_id uuid NOT NULL REFERENCES event_schedules (id) ON DELETE CASCADE,
  meeting_id uuid NOT NULL REFERENCES meeting_requests (id) ON DELETE CASCADE,
  slot_number integer NOT NULL,
  table_number integer NOT NULL,
  PRIMARY KEY (schedule_id, meeting_id),
  UNIQUE (schedule_id, slot_number, table_number)
);

CREATE TABLE event_schedule_unplaced (
  schedule_id uuid NOT NULL REFERENCES event_schedules (id) ON DELETE CASCADE,
  meeting_id uuid NOT NULL REFERENCES meeting_requests (id) ON DELETE CASCADE,
  reason text NOT NULL,
  PRIMARY KEY (schedule_id, meeting_id)
);

-- What changed for each participant when a schedule replaced the published one.
CREATE TABLE event_schedule_changes (
  schedule_id uuid NOT NULL REFERENCES event_schedules (id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  changes jsonb NOT NULL,
  PRIMARY KEY (schedule_id, registration_id)
);
