DELETE FROM documents WHERE section = 'child_photo';
ALTER TABLE documents DROP CONSTRAINT documents_section_check;
ALTER TABLE documents ADD CONSTRAINT documents_section_check
    CHECK (section IN ('child_views', 'parent_views', 'evidence', 'advice', 'request'));
