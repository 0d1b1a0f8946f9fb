-- The cooperation pipeline (cooperations, their parties, stage history, next steps, private documents,
-- agreements, outcomes), the exchange rates administrators maintain, and the monthly rollups behind
-- the corridor's indicators.

CREATE TABLE exchange_rates (
  currency text NOT NULL CHECK (currency IN ('CNY', 'LAK', 'THB', 'KHR', 'MMK', 'VND')),
  rate_date date NOT NULL,
  -- How many units of the currency one US dollar buys on that date (e.g. 7.1 CNY, 21500 LAK).
  units_per_usd numeric(24, 10) NOT NULL CHECK (units_per_usd > 0),
  source text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (currency, rate_date)
);

CREATE TABLE cooperations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Multilingual title: {"en": "...", "lo": "..."}.
  title jsonb NOT NULL,
  stage text NOT NULL DEFAULT 'contact' CHECK (stage IN ('contact', 'meeting_held', 'nda_signed', 'negotiation',
    'agreement_signed', 'implementation', 'outcome_reported', 'closed_without_agreement')),
  closed_reason text CHECK (closed_reason IN ('no_common_interest', 'terms_not_agreed', 'funding_unavailable',
    'technical_mismatch', 'regulatory_obstacle', 'partner_unresponsive', 'other')),
  origin text NOT NULL CHECK (origin IN ('manual', 'expression_of_interest', 'meeting_follow_up')),
  -- The expression of interest or meeting it came from (their modules define the reference).
  origin_ref text,
  -- A sector code of the taxonomy (child or group); indicators group by its top-level group.
  sector text,
  opened_on date NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT closed_has_reason CHECK ((stage = 'closed_without_agreement') = (closed_reason IS NOT NULL))
);
CREATE INDEX cooperations_created_idx ON cooperations (created_at DESC, id DESC);

-- The coordinators' per-organisation indicator list pages through a country's organisations by name.
CREATE INDEX organisations_country_name_idx ON organisations (country, lower(COALESCE(name->>'en', slug)), id);

-- The organisations taking part. `country` is the organisation's country when it joined: visibility
-- for coordinators and the indicators both use it, so a later move of the organisation does not
-- silently rewrite past figures.
CREATE TABLE cooperation_parties (
  cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  country text NOT NULL CHECK (country IN ('KH', 'CN', 'LA', 'MM', 'TH', 'VN', 'OTHER')),
  PRIMARY KEY (cooperation_id, organisation_id)
);
CREATE INDEX cooperation_parties_org_idx ON cooperation_parties (organisation_id, cooperation_id);
CREATE INDEX cooperation_parties_country_idx ON cooperation_parties (country, cooperation_id);

CREATE TABLE cooperation_profiles (
  cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
  profile_id uuid NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  PRIMARY KEY (cooperation_id, profile_id)
);
CREATE INDEX cooperation_profiles_profile_idx ON cooperation_profiles (profile_id);

CREATE TABLE cooperation_stage_events (
  id bigserial PRIMARY KEY,
  cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
  from_stage text,
  to_stage text NOT NULL,
  -- The day it happened, which may be before it was recorded (a meeting last week).
  occurred_on date NOT NULL,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_stage_events_coop_idx ON cooperation_stage_events (cooperation_id, id);

CREATE TABLE cooperation_next_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
  description text NOT NULL,
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  due_on date NOT NULL,
  done_at timestamptz,
  -- The due date for which the reminder went out, so it goes out once per step and due date.
  reminder_sent_for date,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_next_steps_coop_idx ON cooperation_next_steps (cooperation_id, due_on);
CREATE INDEX cooperation_next_steps_open_idx ON cooperation_next_steps (due_on) WHERE done_at IS NULL;

CREATE TABLE cooperation_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('nda', 'term_sheet', 'agreement', 'other')),
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_documents_coop_idx ON cooperation_documents (cooperation_id);

CREATE TABLE cooperation_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('licence', 'assignment', 'joint_rd', 'technical_cooperation_or_service',
    'joint_venture', 'commercial_with_technical_assistance', 'investment', 'training')),
  signed_on date NOT NULL,
  -- The value in its currency; both NULL when the parties do not disclose it.
  currency text CHECK (currency IN ('CNY', 'LAK', 'THB', 'KHR', 'MMK', 'VND', 'USD')),
  value numeric(20, 2) CHECK (value >= 0),
  -- The rate used: the latest one on or before the signing date (NULL for USD or when none exists).
  usd_rate_date date,
  usd_units_per_usd numeric(24, 10),
  usd_value numeric(20, 2) GENERATED ALWAYS AS (
    CASE WHEN currency = 'USD' THEN value ELSE round(value / usd_units_per_usd, 2) END
  ) STORED,
  ip_terms text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT value_has_currency CHECK ((currency IS NULL) = (value IS NULL))
);
CREATE INDEX cooperation_agreements_coop_idx ON cooperation_agreements (cooperation_id);
CREATE INDEX cooperation_agreements_currency_idx ON cooperation_agreements (currency, signed_on);

CREATE TABLE cooperation_outcomes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cooperation_id uuid NOT NULL REFERENCES cooperations (id) ON DELETE CASCADE,
  metric text NOT NULL CHECK (metric IN ('products_processes_launched', 'jobs_created', 'revenue_usd',
    'people_trained', 'joint_publications', 'patents', 'investment_usd')),
  value numeric(20, 2) NOT NULL CHECK (value >= 0),
  reported_on date NOT NULL,
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cooperation_outcomes_coop_idx ON cooperation_outcomes (cooperation_id, reported_on);

-- Indicator rollups. Each holds, per calendar month and dimensions, the sum of every record's
-- contribution, so a dashboard reads a few hundred rows instead of millions.
--   country = '*'       : every record once, whatever its countries (a cooperation with a Lao and a
--                         Chinese party adds 1 to 'LA', 1 to 'CN' and 1 to '*').
--   sector_group = '*'  : every record once, whatever its sector group ('' = no sector given).
-- Rows may hold 0 after changes; readers skip them.

-- Profiles by month of (latest) publication; kept by the trigger below, whoever writes profiles.
CREATE TABLE indicator_profile_months (
  sector_group text NOT NULL,
  month date NOT NULL,
  country text NOT NULL,
  kind text NOT NULL,
  profiles integer NOT NULL,
  PRIMARY KEY (sector_group, month, country, kind)
);

-- The rollups below are kept by the cooperations service in the transaction of each change
-- (cooperations.service.ts, applyIndicatorDelta).
CREATE TABLE indicator_cooperation_stages (
  country text NOT NULL,
  sector_group text NOT NULL,
  -- The month the cooperation was opened; `stage` is its current stage.
  month date NOT NULL,
  stage text NOT NULL,
  cooperations integer NOT NULL,
  PRIMARY KEY (country, sector_group, month, stage)
);

CREATE TABLE indicator_stage_moves (
  country text NOT NULL,
  sector_group text NOT NULL,
  month date NOT NULL,
  stage text NOT NULL,
  moves integer NOT NULL,
  PRIMARY KEY (country, sector_group, month, stage)
);

CREATE TABLE indicator_agreements (
  country text NOT NULL,
  sector_group text NOT NULL,
  month date NOT NULL,
  type text NOT NULL,
  agreements integer NOT NULL,
  usd_total numeric(22, 2) NOT NULL,
  -- Agreements with a value but no USD equivalent (no rate on or before the signing date).
  without_usd integer NOT NULL,
  PRIMARY KEY (country, sector_group, month, type)
);

-- One row per unordered pair of distinct party countries (country_a < country_b); a cooperation
-- whose parties all share one country counts as the pair (X, X).
CREATE TABLE indicator_agreement_pairs (
  sector_group text NOT NULL,
  month date NOT NULL,
  country_a text NOT NULL,
  country_b text NOT NULL,
  type text NOT NULL,
  agreements integer NOT NULL,
  usd_total numeric(22, 2) NOT NULL,
  PRIMARY KEY (sector_group, month, country_a, country_b, type)
);

CREATE TABLE indicator_outcomes (
  country text NOT NULL,
  sector_group text NOT NULL,
  month date NOT NULL,
  metric text NOT NULL,
  reports integer NOT NULL,
  total numeric(22, 2) NOT NULL,
  PRIMARY KEY (country, sector_group, month, metric)
);

CREATE FUNCTION indicator_profile_add(p profiles, delta integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO indicator_profile_months AS m (sector_group, month, country, kind, profiles)
  SELECT g.sector_group, date_trunc('month', p.published_at AT TIME ZONE 'UTC')::date, p.country, p.kind, delta
  FROM (SELECT '*' AS sector_group UNION SELECT split_part(s, '.', 1) FROM unnest(p.sectors) s) g
  ORDER BY g.sector_group
  ON CONFLICT (sector_group, month, country, kind) DO UPDATE SET profiles = m.profiles + EXCLUDED.profiles;
$$;

CREATE FUNCTION indicator_profiles_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.published_at IS NOT NULL THEN
    PERFORM indicator_profile_add(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.published_at IS NOT NULL THEN
    PERFORM indicator_profile_add(NEW, 1);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER profiles_indicators_insert_delete AFTER INSERT OR DELETE ON profiles
  FOR EACH ROW EXECUTE FUNCTION indicator_profiles_maintain();
CREATE TRIGGER profiles_indicators_update AFTER UPDATE ON profiles
  FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.country IS DISTINCT FROM NEW.country
    OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.sectors IS DISTINCT FROM NEW.sectors)
  EXECUTE FUNCTION indicator_profiles_maintain();

-- Profiles published before this migration.
INSERT INTO indicator_profile_months (sector_group, month, country, kind, profiles)
SELECT g.sector_group, date_trunc('month', p.published_at AT TIME ZONE 'UTC')::date, p.country, p.kind, count(*)
FROM profiles p
CROSS JOIN LATERAL (SELECT '*' AS sector_group UNION SELECT split_part(s, '.', 1) FROM unnest(p.sectors) s) g
WHERE p.published_at IS NOT NULL
GROUP BY 1, 2, 3, 4;
