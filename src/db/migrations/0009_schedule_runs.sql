-- A scheduler run requested from the organisers' page and carried out by a background job: a large
-- event may search for up to a minute, longer than a web request should wait. The page follows the
-- run until it has stored a draft schedule or failed with a reason.
CREATE TABLE event_schedule_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  seed integer NOT NULL,
  max_iterations integer NOT NULL,
  schedule_id uuid REFERENCES event_schedules (id) ON DELETE SET NULL,
  -- An error code of the API (e.g. ScheduleInputChanged) when the run failed.
  error_code text,
  -- The values its translated message names, e.g. the event's status.
  error_params jsonb,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  requested_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  CHECK ((status = 'failed') = (error_code IS NOT NULL))
);
-- One run at a time per event: a second request while one is queued or running is refused.
CREATE UNIQUE INDEX event_schedule_runs_active_key ON event_schedule_runs (event_id)
  WHERE status IN ('queued', 'running');
CREATE INDEX event_schedule_runs_event_idx ON event_schedule_runs (event_id, requested_at DESC);
