-- The meetings the indicators count as held (contract in docs/cooperations.md): one row per 1:1 meeting
-- of an event that was accepted, placed in the event's published schedule and held. "Held" is the rule
-- of the event report (src/modules/meetings/report.repository.ts): the organiser recorded it as held,
-- or, where the organiser recorded nothing, a side's follow-up says it happened. A no-show recorded by
-- the organiser is never counted.
--   held_on        the day of its slot in the event's own time zone
--   country_a/_b   the two organisations' countries, the smaller code first
--   sector_groups  the top-level sector groups the two participants declared for the event or carry
--                  through the opportunity profiles they linked to their registration
CREATE VIEW indicator_meeting_facts AS
SELECT (sl.starts_at AT TIME ZONE e.time_zone)::date AS held_on,
       LEAST(oq.country, oc.country) AS country_a,
       GREATEST(oq.country, oc.country) AS country_b,
       ARRAY(
         SELECT DISTINCT split_part(x.sector, '.', 1)
         FROM (
           SELECT unnest(q.sectors || c.sectors) AS sector
           UNION ALL
           SELECT unnest(pr.sectors) FROM profiles pr WHERE pr.id = ANY (q.profile_ids || c.profile_ids)
         ) x
       ) AS sector_groups
FROM meeting_requests m
JOIN events e ON e.id = m.event_id
JOIN event_schedules s ON s.event_id = m.event_id AND s.status = 'published'
JOIN event_schedule_placements p ON p.schedule_id = s.id AND p.meeting_id = m.id
JOIN event_meeting_slots sl ON sl.event_id = m.event_id AND sl.slot_number = p.slot_number
JOIN event_registrations q ON q.id = m.requester_id
JOIN organisations oq ON oq.id = q.organisation_id
JOIN event_registrations c ON c.id = m.recipient_id
JOIN organisations oc ON oc.id = c.organisation_id
WHERE m.status = 'accepted'
  AND (m.attendance = 'held'
       OR (m.attendance IS NULL AND EXISTS (SELECT 1 FROM meeting_follow_ups f WHERE f.meeting_id = m.id AND f.happened)));

-- The dashboard reads docking and meeting activity from these monthly rollups of the two fact views,
-- not from the views: at the corridor's scale (hundreds of thousands of meetings and expressions of
-- interest) counting through the views' joins takes seconds. A record counts once under each of its
-- sector groups and once under '*'; the country filter matches either country of a row, and each
-- record lies in exactly one row per sector key, so it is counted once. The job
-- `indicators.refresh-activity` (src/modules/indicators/indicators.jobs.ts) refreshes them every 10
-- minutes, CONCURRENTLY so readers are never blocked; docs/cooperations.md says how fresh the figures are.
CREATE MATERIALIZED VIEW indicator_meeting_months AS
SELECT date_trunc('month', f.held_on::timestamp)::date AS month, f.country_a, f.country_b, g.sector_group,
       count(*)::int AS meetings
FROM indicator_meeting_facts f
CROSS JOIN LATERAL (SELECT '*' AS sector_group UNION SELECT unnest(f.sector_groups)) g
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX indicator_meeting_months_key ON indicator_meeting_months (sector_group, month, country_a, country_b);

CREATE MATERIALIZED VIEW indicator_eoi_months AS
SELECT date_trunc('month', f.sent_on::timestamp)::date AS month, f.profile_country, f.sender_country, g.sector_group,
       count(*)::int AS expressions,
       count(f.answered_on)::int AS answered,
       count(*) FILTER (WHERE f.accepted)::int AS accepted,
       -- Days from sending to the first answer, summed over the answered ones (the average is this / answered).
       COALESCE(sum(f.answered_on - f.sent_on), 0)::bigint AS answer_days
FROM indicator_eoi_facts f
CROSS JOIN LATERAL (SELECT '*' AS sector_group UNION SELECT unnest(f.sector_groups)) g
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX indicator_eoi_months_key ON indicator_eoi_months (sector_group, month, profile_country, sender_country);

-- Finding the cooperation an expression of interest or a meeting follow-up opened (the links from the
-- inbox and from the meeting to the cooperation record).
CREATE INDEX cooperations_origin_ref_idx ON cooperations (origin_ref, origin) WHERE origin_ref IS NOT NULL;
