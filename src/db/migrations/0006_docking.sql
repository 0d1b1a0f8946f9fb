-- Technology docking: the terminology base, feedback on matches, expressions of interest and the
-- private conversations they open, and the weekly digest's bookkeeping.

CREATE TABLE terminology_concepts (
  id text PRIMARY KEY CHECK (id ~ '^[a-z]+\.[a-z0-9_]+$'),
  sectors text[] NOT NULL DEFAULT '{}',
  -- {"en": ["solar photovoltaic", "solar PV"], "zh": ["太阳能光伏", "光伏"], ...}; preferred term first.
  terms jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  deleted_at timestamptz,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE terminology_history (
  id bigserial PRIMARY KEY,
  concept_id text NOT NULL REFERENCES terminology_concepts (id) ON DELETE CASCADE,
  action text NOT NULL CHECK (action IN ('seed', 'create', 'update', 'delete', 'restore')),
  before jsonb,
  after jsonb,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX terminology_history_concept_idx ON terminology_history (concept_id, id);

CREATE TABLE match_feedback (
  id bigserial PRIMARY KEY,
  profile_id uuid NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  matched_profile_id uuid NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  relevant boolean NOT NULL,
  reason text CHECK (reason IN ('too_early', 'too_vague', 'wrong_field', 'already_known', 'no_capacity', 'other')),
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (profile_id, matched_profile_id, user_id),
  CHECK (relevant OR reason IS NOT NULL)
);

CREATE TABLE expressions_of_interest (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  from_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  from_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  message text NOT NULL,
  accepted_confidentiality boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
  decline_reason text,
  answer_message text NOT NULL DEFAULT '',
  answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX eoi_profile_idx ON expressions_of_interest (profile_id, created_at);
CREATE INDEX eoi_from_org_idx ON expressions_of_interest (from_organisation_id, created_at);
-- One open expression of interest per organisation and profile.
CREATE UNIQUE INDEX eoi_one_pending_idx ON expressions_of_interest (profile_id, from_organisation_id)
  WHERE status = 'pending';

CREATE TABLE conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  expression_of_interest_id uuid NOT NULL UNIQUE REFERENCES expressions_of_interest (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_message_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conversation_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  body text NOT NULL,
  attachment_name text,
  attachment_type text,
  attachment_size integer,
  attachment bytea,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_messages_idx ON conversation_messages (conversation_id, created_at, id);

CREATE TABLE conversation_reads (
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  read_at timestamptz NOT NULL,
  PRIMARY KEY (conversation_id, user_id)
);

CREATE TABLE digest_deliveries (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  last_sent_at timestamptz NOT NULL,
  -- Profile ids already sent, so a match appears in one digest only.
  sent_profile_ids uuid[] NOT NULL DEFAULT '{}'
);

ALTER TABLE users ADD COLUMN digest_opt_out boolean NOT NULL DEFAULT false;

-- The docking activity the indicators read (contract in docs/cooperations.md): one row per expression
-- of interest. A withdrawal is not an answer.
CREATE VIEW indicator_eoi_facts AS
SELECT (e.created_at AT TIME ZONE 'UTC')::date AS sent_on,
       CASE WHEN e.status IN ('accepted', 'declined') THEN (e.answered_at AT TIME ZONE 'UTC')::date END AS answered_on,
       e.status = 'accepted' AS accepted,
       p.country AS profile_country,
       o.country AS sender_country,
       ARRAY(SELECT DISTINCT split_part(s, '.', 1) FROM unnest(p.sectors) s) AS sector_groups
FROM expressions_of_interest e
JOIN profiles p ON p.id = e.profile_id
JOIN organisations o ON o.id = e.from_organisation_id;
