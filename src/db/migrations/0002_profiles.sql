-- Opportunity profiles (technology and business offers and requests, R&D cooperation requests),
-- their lifecycle history and attachments.

CREATE TABLE profiles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('technology_offer', 'technology_request', 'business_offer',
    'business_request', 'rd_request')),
  original_language text NOT NULL CHECK (original_language IN ('en', 'zh', 'lo', 'th', 'km', 'my', 'vi')),
  -- Multilingual texts: {"en": "...", "lo": "..."}.
  title jsonb NOT NULL,
  summary jsonb NOT NULL DEFAULT '{}'::jsonb,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  advantages jsonb NOT NULL DEFAULT '{}'::jsonb,
  specification jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The languages any text field has a version in; kept by the service for the language filter.
  languages text[] NOT NULL DEFAULT '{}',
  stage text CHECK (stage IN ('concept', 'under_development', 'lab_tested', 'prototype', 'field_tested',
    'on_the_market')),
  trl integer CHECK (trl BETWEEN 1 AND 9),
  ipr_status text NOT NULL DEFAULT 'none'
    CHECK (ipr_status IN ('granted_patent', 'patent_application', 'know_how', 'copyright', 'none')),
  patent_numbers text[] NOT NULL DEFAULT '{}',
  partner_kinds text[] NOT NULL DEFAULT '{}',
  partner_size text NOT NULL DEFAULT 'any' CHECK (partner_size IN ('any', 'micro', 'sme', 'large', 'public_body')),
  partner_role text NOT NULL DEFAULT '',
  cooperation_types text[] NOT NULL DEFAULT '{}',
  sectors text[] NOT NULL DEFAULT '{}',
  keywords text[] NOT NULL DEFAULT '{}',
  isic text[] NOT NULL DEFAULT '{}',
  target_countries text[] NOT NULL DEFAULT '{}',
  sdgs integer[] NOT NULL DEFAULT '{}',
  eoi_deadline date,
  valid_until date,
  contact jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'returned', 'published', 'expired', 'withdrawn', 'completed')),
  country text NOT NULL,
  submitted_at timestamptz,
  published_at timestamptz,
  -- The validity end date for which the "expires soon" mail went out, so it goes out once per date.
  expiry_reminder_sent_for date,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profiles_status_published_idx ON profiles (status, published_at DESC, id DESC);
CREATE INDEX profiles_org_idx ON profiles (organisation_id);
CREATE INDEX profiles_country_idx ON profiles (country, status);
CREATE INDEX profiles_sectors_idx ON profiles USING gin (sectors);
CREATE INDEX profiles_cooperation_idx ON profiles USING gin (cooperation_types);
CREATE INDEX profiles_valid_until_idx ON profiles (valid_until) WHERE status = 'published';

CREATE TABLE profile_transitions (
  id bigserial PRIMARY KEY,
  profile_id uuid NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  action text NOT NULL,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profile_transitions_profile_idx ON profile_transitions (profile_id, id);

CREATE TABLE profile_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profile_attachments_profile_idx ON profile_attachments (profile_id);
