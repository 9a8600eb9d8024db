DROP TABLE notification_templates;
DROP TABLE outbox_messages;
