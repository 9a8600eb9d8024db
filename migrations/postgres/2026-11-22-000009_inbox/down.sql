ALTER TABLE users DROP COLUMN email_notifications;
DROP TABLE inbox_items;
