ALTER TABLE cases DROP COLUMN listings_version;
DROP TABLE case_listings;
