DROP TABLE advice_notices;
