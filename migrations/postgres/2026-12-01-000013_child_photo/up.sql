-- The child's photo (in the child's details) is a document of its own section.
ALTER TABLE documents DROP CONSTRAINT documents_section_check;
ALTER TABLE documents ADD CONSTRAINT documents_section_check
    CHECK (section IN ('child_views', 'parent_views', 'evidence', 'advice', 'request', 'child_photo'));
