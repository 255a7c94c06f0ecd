-- A municipality is a member of a region for a period: from valid_from (inclusive) until
-- valid_until (exclusive; null while it still is). Changing a region's members ends or starts a
-- period instead of deleting a row, so the membership of any past day can still be read.
-- The members recorded so far count from 1900-01-01, the earliest day the indicators take: their
-- start was not recorded, and so every past day keeps the membership it was counted with.
ALTER TABLE region_municipality ADD COLUMN valid_from DATE DEFAULT DATE '1900-01-01' NOT NULL;
ALTER TABLE region_municipality ALTER COLUMN valid_from DROP DEFAULT;
ALTER TABLE region_municipality ADD COLUMN valid_until DATE;
ALTER TABLE region_municipality DROP CONSTRAINT pk_region_municipality;
ALTER TABLE region_municipality
    ADD CONSTRAINT pk_region_municipality PRIMARY KEY (region_id, municipality_id, valid_from);
ALTER TABLE region_municipality
    ADD CONSTRAINT ck_region_municipality_period CHECK (valid_until IS NULL OR valid_until > valid_from);
