-- Teams of professionals and education settings, with their members. Names are
-- unique without regard to case (`name_key` holds the lower-cased name); lists
-- page through (name_key, id), compared byte-wise as SQLite does.
CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT COLLATE "C" NOT NULL,
    service TEXT NOT NULL CHECK (service IN ('health', 'social_care', 'education', 'other')),
    email TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX teams_name_key ON teams (name_key);

CREATE TABLE team_members (
    team_id TEXT NOT NULL REFERENCES teams (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    manager BOOLEAN NOT NULL DEFAULT FALSE,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id);

CREATE TABLE education_settings (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT COLLATE "C" NOT NULL,
    urn TEXT NOT NULL CHECK (length(urn) = 6),
    phase TEXT NOT NULL CHECK (phase IN ('early_years', 'primary', 'secondary', 'all_through',
        'special', 'post_16', 'alternative_provision', 'other')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX education_settings_urn_key ON education_settings (urn);
CREATE INDEX education_settings_by_name ON education_settings (name_key, id);

CREATE TABLE setting_members (
    setting_id TEXT NOT NULL REFERENCES education_settings (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (setting_id, user_id)
);
CREATE INDEX setting_members_user ON setting_members (user_id);
