DROP TABLE case_views;
