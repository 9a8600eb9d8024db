-- The advice sweep pages through the open requests by the day they were sent.
-- The states listed here are the open ones (domain::advice::AdviceState::is_open,
-- persistence::advice::OPEN_STATES_SQL, which a test keeps in step).
CREATE INDEX advice_requests_open_by_sent ON advice_requests (sent_on, id)
    WHERE state IN ('pending', 'awaiting_allocation', 'allocated', 'in_progress', 'reopened');
