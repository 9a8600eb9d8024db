DROP TABLE plan_consultations;
DROP TABLE plan_representations;
DROP TABLE plans;
