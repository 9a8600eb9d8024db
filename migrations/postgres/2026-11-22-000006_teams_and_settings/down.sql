DROP TABLE setting_members;
DROP TABLE education_settings;
DROP TABLE team_members;
DROP TABLE teams;
