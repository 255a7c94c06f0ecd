-- Indexes for the grouped indicator query. It always filters on a period range and counts
-- distinct tokens per municipality, meeting type or case type: this index covers those columns,
-- so the database can answer from the index alone. A region grouping or filter looks up the
-- events of a region: (region_code, counting_event_id) serves that join without the table.
CREATE INDEX ix_counting_event_aggregation
    ON counting_event (period_date, municipality_code, meeting_type, case_type, token);

CREATE INDEX ix_counting_event_region_events ON counting_event_region (region_code, counting_event_id);

-- Replaced by the index above, whose first column is the same.
DROP INDEX ix_counting_event_region;
