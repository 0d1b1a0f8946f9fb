-- The day before a participant's first scheduled meeting, their delegation gets a reminder with the
-- agenda's link, once: when it was sent.
ALTER TABLE event_registrations ADD COLUMN agenda_reminded_at timestamptz;
