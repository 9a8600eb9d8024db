DROP TABLE request_upload_tokens;
DROP TABLE documents;
