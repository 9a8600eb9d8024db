-- The sweeps look up a page of messages by reference at once, to skip the
-- ones already sent.
CREATE INDEX inbox_items_reference ON inbox_items (reference);
