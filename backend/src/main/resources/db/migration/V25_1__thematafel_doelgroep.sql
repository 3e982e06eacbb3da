-- Who a thematafel is for (issue 14: staff plan sessions in the admin app with date, place, capacity, themes,
-- doelgroep and round). The same values as a round's doelgroep; NULL for sessions planned before this column.
ALTER TABLE table_session ADD COLUMN doelgroep VARCHAR(20) NULL;
